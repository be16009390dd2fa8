import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { CommentResolveInput } from "./schemas";

export async function resolveComment(_ctx: WorkspaceServiceContext, _input: CommentResolveInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
