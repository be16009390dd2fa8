import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewQueueInput } from "./schemas";

export async function listReviewQueue(_ctx: WorkspaceServiceContext, _input: ReviewQueueInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
