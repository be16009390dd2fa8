import "server-only";

/** The workspace's review policy (a default one when none is saved) and the next step to approve. */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { approvals, defaultPolicySteps, reviewPolicies, type ReviewPolicyStep } from "@/server/db/schema";

export type ReviewPolicy = { allowSelfApproval: boolean; steps: ReviewPolicyStep[] };
export type ApprovalRow = typeof approvals.$inferSelect;

export async function loadPolicy(db: Db, workspaceId: string): Promise<ReviewPolicy> {
  const [row] = await db.select().from(reviewPolicies).where(eq(reviewPolicies.workspaceId, workspaceId));
  const steps = row?.steps?.length ? row.steps : defaultPolicySteps;
  return { allowSelfApproval: row?.allowSelfApproval ?? false, steps };
}

/** Live (not voided) decisions on one version, oldest first. */
export function liveApprovals(db: Db, workspaceId: string, contentItemId: string, versionNumber: number): Promise<ApprovalRow[]> {
  return db
    .select()
    .from(approvals)
    .where(
      and(
        eq(approvals.workspaceId, workspaceId),
        eq(approvals.contentItemId, contentItemId),
        eq(approvals.versionNumber, versionNumber),
        isNull(approvals.voidedAt),
      ),
    )
    .orderBy(asc(approvals.createdAt), asc(approvals.id));
}

export type NextStep = { number: number; name: string; kind: ReviewPolicyStep["kind"]; final: boolean };

/**
 * The step waiting for a decision: the first step without a live approval (steps are approved in
 * order), or null when every step is approved. A live changes_requested/rejected decision means
 * nothing is waiting (the version needs changes first).
 */
export function nextStep(policy: ReviewPolicy, live: ApprovalRow[]): NextStep | null {
  if (live.some((a) => a.decision !== "approved")) return null;
  const approved = new Set(live.map((a) => a.step));
  for (let i = 0; i < policy.steps.length; i++) {
    const step = policy.steps[i]!;
    if (!approved.has(i + 1)) return { number: i + 1, name: step.name, kind: step.kind, final: i === policy.steps.length - 1 };
  }
  return null;
}
