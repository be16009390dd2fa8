import "server-only";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { decideAgainst } from "./decide-against";
import type { ReviewDecisionInput } from "./schemas";

export function rejectContent(ctx: WorkspaceServiceContext, input: ReviewDecisionInput) {
  return decideAgainst(ctx, input, "reject");
}
