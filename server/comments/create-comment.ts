import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { CommentCreateInput } from "./schemas";

export async function createComment(_ctx: WorkspaceServiceContext, _input: CommentCreateInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
