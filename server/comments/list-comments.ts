import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { CommentListInput } from "./schemas";

export async function listComments(_ctx: WorkspaceServiceContext, _input: CommentListInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
