import "server-only";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadPolicy } from "./policy";

export function getReviewPolicy(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">) {
  return loadPolicy(ctx.db, ctx.workspace.id);
}
