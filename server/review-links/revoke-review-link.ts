import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewLinkRevokeInput } from "./schemas";

export async function revokeReviewLink(_ctx: WorkspaceServiceContext, _input: ReviewLinkRevokeInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
