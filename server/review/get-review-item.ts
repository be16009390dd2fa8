import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewItemInput } from "./schemas";

export async function getReviewItem(_ctx: WorkspaceServiceContext, _input: ReviewItemInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
