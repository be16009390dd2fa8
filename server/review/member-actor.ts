import "server-only";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { DecisionActor } from "./record-decision";

/** A signed-in member deciding: labelled by name (or email) in the approval history. */
export function memberActor(ctx: Pick<WorkspaceServiceContext, "actor" | "user">): DecisionActor {
  return { audit: ctx.actor, userId: ctx.user.id, reviewLinkId: null, label: ctx.user.name || ctx.user.email };
}
