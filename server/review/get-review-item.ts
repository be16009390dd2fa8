import "server-only";

/**
 * Everything the review page needs for one item: the item, its current version, every version
 * (the client diffs them), the full decision history (voided ones marked), the policy, the step
 * waiting for a decision, and what the caller may do (with the reason when not).
 */
import { and, asc, eq } from "drizzle-orm";
import { approvals, contentVersions, users } from "@/server/db/schema";
import { loadContentItem } from "@/server/content/load-content";
import { can } from "@/lib/workspaces/permissions";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadPolicy, nextStep, type ApprovalRow } from "./policy";
import { pendingSchedule } from "./schedule";
import type { ReviewItemInput } from "./schemas";
import { canTransition } from "./transitions";

export async function getReviewItem(ctx: WorkspaceServiceContext, input: ReviewItemInput) {
  const ws = ctx.workspace.id;
  const { workspaceId: _ws, ...item } = await loadContentItem(ctx.db, ws, input.contentItemId);
  const versions = (
    await ctx.db.select().from(contentVersions).where(and(eq(contentVersions.workspaceId, ws), eq(contentVersions.contentItemId, item.id))).orderBy(asc(contentVersions.number))
  ).map(({ workspaceId: _w, ...v }) => v);
  const history = await ctx.db
    .select({ approval: approvals, actorName: users.name, actorEmail: users.email })
    .from(approvals)
    .leftJoin(users, eq(users.id, approvals.actorId))
    .where(and(eq(approvals.workspaceId, ws), eq(approvals.contentItemId, item.id)))
    .orderBy(asc(approvals.createdAt), asc(approvals.id));
  const policy = await loadPolicy(ctx.db, ws);
  const live: ApprovalRow[] = history.map((h) => h.approval).filter((a) => !a.voidedAt && a.versionNumber === item.currentVersion);
  const next = item.status === "in_review" ? nextStep(policy, live) : null;
  const approveBlock = whyNotApprove();
  function whyNotApprove(): string | null {
    if (!can(ctx.role, "content.approve")) return "Your role cannot approve content.";
    if (item.status !== "in_review") return "Only content in review can be approved.";
    if (!next) return "No approval step is waiting.";
    if (next.kind === "client") return `The next step, “${next.name}”, is approved by the client through a review link.`;
    if (item.createdById === ctx.user.id && !policy.allowSelfApproval) return "You created this content; this workspace does not allow self-approval.";
    if (live.some((a) => a.actorId === ctx.user.id)) return "You approved an earlier step; the next step needs someone else.";
    return null;
  }
  return {
    item,
    currentVersion: versions.find((v) => v.number === item.currentVersion) ?? null,
    versions,
    approvals: history.map(({ approval: { workspaceId: _w, ...a }, actorName, actorEmail }) => ({
      ...a,
      actor: a.actorId ? { id: a.actorId, name: actorName, email: actorEmail ?? "" } : null,
      voided: a.voidedAt !== null,
    })),
    policy,
    nextStep: next,
    /** The time already chosen for this version (at an earlier step), which the final approval carries. */
    plannedSchedule: next ? pendingSchedule(live) : null,
    permissions: {
      approve: approveBlock === null,
      approveBlockedReason: approveBlock,
      decide: can(ctx.role, "content.approve") && canTransition(item.status, "request_changes"),
      regenerate: can(ctx.role, "content.approve") && canTransition(item.status, "regenerate"),
      edit: can(ctx.role, "content.create") && canTransition(item.status, "edit"),
      createReviewLink: can(ctx.role, "content.approve"),
      /** Pick channels, a time or the queue in the approval (otherwise it carries the planned schedule). */
      chooseSchedule: can(ctx.role, "content.publish"),
    },
  };
}
