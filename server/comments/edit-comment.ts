import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { CommentEditInput } from "./schemas";

export async function editComment(_ctx: WorkspaceServiceContext, _input: CommentEditInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
