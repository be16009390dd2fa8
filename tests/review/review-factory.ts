/** Review fixtures: a workspace with one member per role and items already in review (versions written directly). */
import { and, asc, eq } from "drizzle-orm";
import { writingRequestSchema } from "@/lib/ai/brief";
import { db } from "@/server/db/client";
import { approvals, auditLog, contentComments, contentItems, contentVersions, notifications, reviewLinks, reviewPolicies, type ReviewPolicyStep } from "@/server/db/schema";
import type { ContentStatus } from "@/server/review/transitions";
import type { SessionUser } from "@/server/trpc/context";
import { createOwner, createUser, unique } from "../factories/users";
import { addMember } from "../factories/workspaces";

export const request = writingRequestSchema.parse({ kind: "social", platforms: ["x", "linkedin"], topic: "Usage-based pricing", wordCount: 40 });

export async function reviewWorkspace() {
  const owner = await createOwner();
  const ws = owner.workspace.id;
  const editor = await addMember(ws, "editor", await createUser({ name: unique("Editor") }));
  const reviewer = await addMember(ws, "reviewer", await createUser({ name: unique("Reviewer") }));
  const reviewer2 = await addMember(ws, "reviewer", await createUser({ name: unique("Reviewer2") }));
  const viewer = await addMember(ws, "viewer");
  const admin = await addMember(ws, "admin");
  return { ...owner, slug: owner.workspace.slug, editor, reviewer, reviewer2, viewer, admin };
}

/** An item created by `author`, with `versions` versions (the last current), in `status` (gated statuses are refused by the DB). */
export async function createReviewItem(workspaceId: string, author: SessionUser, options: { status?: ContentStatus; versions?: number; kind?: "social" | "blog" } = {}) {
  const [item] = await db
    .insert(contentItems)
    .values({ workspaceId, kind: options.kind ?? "social", status: options.status ?? "in_review", title: unique("Item"), request: { ...request, kind: options.kind ?? "social" }, createdById: author.id })
    .returning();
  const count = options.versions ?? 1;
  for (let n = 1; n <= count; n++) {
    await db.insert(contentVersions).values({ workspaceId, contentItemId: item!.id, number: n, source: "final", title: `Version ${n}`, body: `Body ${n}`, posts: [{ platform: "x", parts: [`Post ${n}`] }] });
  }
  await db.update(contentItems).set({ currentVersion: count }).where(eq(contentItems.id, item!.id));
  return { ...item!, currentVersion: count };
}

export async function setSteps(workspaceId: string, steps: ReviewPolicyStep[], allowSelfApproval = false) {
  await db.insert(reviewPolicies).values({ workspaceId, steps, allowSelfApproval }).onConflictDoUpdate({ target: reviewPolicies.workspaceId, set: { steps, allowSelfApproval } });
}

export async function itemRow(id: string) {
  const [row] = await db.select().from(contentItems).where(eq(contentItems.id, id));
  return row!;
}

export function approvalsOf(itemId: string) {
  return db.select().from(approvals).where(eq(approvals.contentItemId, itemId)).orderBy(asc(approvals.createdAt), asc(approvals.id));
}

/** Every review-related row of a workspace, to prove a refused call changed nothing. */
export async function snapshotReview(workspaceId: string) {
  return {
    items: await db.select().from(contentItems).where(eq(contentItems.workspaceId, workspaceId)).orderBy(asc(contentItems.id)),
    versions: await db.select().from(contentVersions).where(eq(contentVersions.workspaceId, workspaceId)).orderBy(asc(contentVersions.id)),
    approvals: await db.select().from(approvals).where(eq(approvals.workspaceId, workspaceId)).orderBy(asc(approvals.id)),
    comments: await db.select().from(contentComments).where(eq(contentComments.workspaceId, workspaceId)).orderBy(asc(contentComments.id)),
    links: await db.select().from(reviewLinks).where(eq(reviewLinks.workspaceId, workspaceId)).orderBy(asc(reviewLinks.id)),
    notes: await db.select().from(notifications).where(eq(notifications.workspaceId, workspaceId)).orderBy(asc(notifications.id)),
    policy: await db.select().from(reviewPolicies).where(eq(reviewPolicies.workspaceId, workspaceId)),
    audit: await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(asc(auditLog.id)),
  };
}

export function auditFor(workspaceId: string, action: string) {
  return db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, action))).orderBy(asc(auditLog.createdAt));
}
