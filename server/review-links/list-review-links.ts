import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewLinkListInput } from "./schemas";

export async function listReviewLinks(_ctx: WorkspaceServiceContext, _input: ReviewLinkListInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
