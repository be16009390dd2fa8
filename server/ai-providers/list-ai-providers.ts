import "server-only";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { chainRows } from "./chain-rows";
import { toProviderView, type ProviderView } from "./provider-view";

/** The workspace's providers in fallback order; keys are never returned (only a hint). */
export async function listAiProviders(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">): Promise<ProviderView[]> {
  const rows = await chainRows(ctx.db, ctx.workspace.id);
  return rows.map(toProviderView);
}
