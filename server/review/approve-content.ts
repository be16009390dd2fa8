import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewApproveInput } from "./schemas";

export async function approveContent(_ctx: WorkspaceServiceContext, _input: ReviewApproveInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
