import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewLinkCreateInput } from "./schemas";

export async function createReviewLink(_ctx: WorkspaceServiceContext, _input: ReviewLinkCreateInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
