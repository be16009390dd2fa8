import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { approvals, contentComments } from "@/server/db/schema";
import { can, roles, type Permission, type Role } from "@/lib/workspaces/permissions";
import type { SessionUser } from "@/server/trpc/context";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { createReviewItem, snapshotReview } from "./review-factory";

/**
 * Every review, comment, notification and review-link procedure: B's owner reaching for A (A's slug,
 * or A's ids through B's slug) → NOT_FOUND; roles without the permission → FORBIDDEN; signed out →
 * UNAUTHORIZED — and nothing in A (or B) changes.
 */
type Caller = ReturnType<typeof callerFor>;
type Ids = { itemId: string; approvalId: string; commentId: string; linkId: string; userId: string };
type Case = { name: string; permission: Permission; takesIds: boolean; call: (c: Caller, slug: string, ids: Ids) => Promise<unknown> };
const item = (slug: string, ids: Ids) => ({ workspaceSlug: slug, contentItemId: ids.itemId });
const cases: Case[] = [
  { name: "review.queue", permission: "workspace.view", takesIds: false, call: (c, s) => c.review.queue({ workspaceSlug: s }) },
  { name: "review.count", permission: "workspace.view", takesIds: false, call: (c, s) => c.review.count({ workspaceSlug: s }) },
  { name: "review.item", permission: "workspace.view", takesIds: true, call: (c, s, i) => c.review.item(item(s, i)) },
  { name: "review.edit", permission: "content.create", takesIds: true, call: (c, s, i) => c.review.edit({ ...item(s, i), baseVersion: 1, title: "Hijacked", body: "x" }) },
  { name: "review.approve", permission: "content.approve", takesIds: true, call: (c, s, i) => c.review.approve({ ...item(s, i), versionNumber: 1 }) },
  { name: "review.requestChanges", permission: "content.approve", takesIds: true, call: (c, s, i) => c.review.requestChanges({ ...item(s, i), versionNumber: 1, comment: "x" }) },
  { name: "review.reject", permission: "content.approve", takesIds: true, call: (c, s, i) => c.review.reject({ ...item(s, i), versionNumber: 1, comment: "x" }) },
  { name: "review.regenerate", permission: "content.approve", takesIds: true, call: (c, s, i) => c.review.regenerate({ ...item(s, i), feedback: "x" }) },
  { name: "review.score", permission: "content.approve", takesIds: true, call: (c, s, i) => c.review.score({ workspaceSlug: s, approvalId: i.approvalId, score: 1 }) },
  { name: "review.policy", permission: "workspace.view", takesIds: false, call: (c, s) => c.review.policy({ workspaceSlug: s }) },
  { name: "review.setPolicy", permission: "workspace.manage", takesIds: false, call: (c, s) => c.review.setPolicy({ workspaceSlug: s, allowSelfApproval: true, steps: [{ name: "x", kind: "role" }] }) },
  { name: "comment.list", permission: "workspace.view", takesIds: true, call: (c, s, i) => c.comment.list(item(s, i)) },
  { name: "comment.mentionable", permission: "workspace.view", takesIds: false, call: (c, s) => c.comment.mentionable({ workspaceSlug: s }) },
  { name: "comment.create", permission: "workspace.view", takesIds: true, call: (c, s, i) => c.comment.create({ ...item(s, i), body: "x" }) },
  { name: "comment.edit", permission: "workspace.view", takesIds: true, call: (c, s, i) => c.comment.edit({ workspaceSlug: s, commentId: i.commentId, body: "x" }) },
  { name: "comment.resolve", permission: "workspace.view", takesIds: true, call: (c, s, i) => c.comment.resolve({ workspaceSlug: s, commentId: i.commentId }) },
  { name: "notification.list", permission: "workspace.view", takesIds: false, call: (c, s) => c.notification.list({ workspaceSlug: s }) },
  { name: "notification.unreadCount", permission: "workspace.view", takesIds: false, call: (c, s) => c.notification.unreadCount({ workspaceSlug: s }) },
  { name: "notification.markRead", permission: "workspace.view", takesIds: false, call: (c, s) => c.notification.markRead({ workspaceSlug: s }) },
  { name: "reviewLink.create", permission: "content.approve", takesIds: true, call: (c, s, i) => c.reviewLink.create(item(s, i)) },
  { name: "reviewLink.list", permission: "content.approve", takesIds: true, call: (c, s, i) => c.reviewLink.list(item(s, i)) },
  { name: "reviewLink.revoke", permission: "content.approve", takesIds: true, call: (c, s, i) => c.reviewLink.revoke({ workspaceSlug: s, linkId: i.linkId }) },
];
const rows = cases.map((p) => [p.name, p] as const);

let a: Awaited<ReturnType<typeof createOwner>>;
let b: Awaited<ReturnType<typeof createOwner>>;
let ids: Ids;
const members = new Map<Role, SessionUser>();

beforeAll(async () => {
  [a, b] = await Promise.all([createOwner(), createOwner()]);
  for (const role of roles.filter((r) => r !== "owner")) members.set(role, await addMember(a.workspace.id, role));
  const it = await createReviewItem(a.workspace.id, a.user);
  const [approval] = await db.insert(approvals).values({ workspaceId: a.workspace.id, contentItemId: it.id, versionNumber: 1, step: 1, decision: "changes_requested", actorId: a.user.id, actorLabel: "Owner" }).returning();
  const [comment] = await db.insert(contentComments).values({ workspaceId: a.workspace.id, contentItemId: it.id, versionNumber: 1, authorId: a.user.id, body: "Owner's note" }).returning();
  const link = await callerFor(a.user).reviewLink.create({ workspaceSlug: a.workspace.slug, contentItemId: it.id });
  ids = { itemId: it.id, approvalId: approval!.id, commentId: comment!.id, linkId: link.id, userId: a.user.id };
  await createReviewItem(b.workspace.id, b.user);
});

describe("cross-tenant", () => {
  it.each(rows)("%s with A's slug as B's owner → NOT_FOUND, nothing changes", async (_n, p) => {
    const before = await snapshotReview(a.workspace.id);
    await expect(p.call(callerFor(b.user), a.workspace.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotReview(a.workspace.id)).toEqual(before);
  });

  it.each(rows.filter(([, p]) => p.takesIds))("%s with B's slug and A's ids → NOT_FOUND, nothing changes", async (_n, p) => {
    const [beforeA, beforeB] = [await snapshotReview(a.workspace.id), await snapshotReview(b.workspace.id)];
    await expect(p.call(callerFor(b.user), b.workspace.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotReview(a.workspace.id)).toEqual(beforeA);
    expect(await snapshotReview(b.workspace.id)).toEqual(beforeB);
  });

  it("B's queue and count show none of A's items", async () => {
    const q = await callerFor(b.user).review.queue({ workspaceSlug: b.workspace.slug });
    expect(q.items.map((i) => i.id)).not.toContain(ids.itemId);
    expect(await callerFor(b.user).review.count({ workspaceSlug: b.workspace.slug })).toEqual({ inReview: 1 });
  });

  it("a mention of another workspace's member is refused", async () => {
    await expect(callerFor(b.user).comment.create({ workspaceSlug: b.workspace.slug, contentItemId: (await createReviewItem(b.workspace.id, b.user)).id, body: "x", mentions: [a.user.id] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("roles", () => {
  const denied = rows.flatMap(([name, p]) => roles.filter((r) => !can(r, p.permission)).map((r) => [name, r, p] as const));

  it("viewers cannot approve, reviewers cannot edit or set the policy", () => {
    const set = new Set(denied.map(([n, r]) => `${n}:${r}`));
    for (const n of ["review.approve", "review.requestChanges", "review.reject", "review.regenerate", "reviewLink.create"]) expect(set.has(`${n}:viewer`)).toBe(true);
    expect(set.has("review.edit:reviewer")).toBe(true);
    expect(set.has("review.setPolicy:reviewer")).toBe(true);
    expect(set.has("review.setPolicy:editor")).toBe(true);
    expect(set.has("review.approve:reviewer")).toBe(false);
  });

  it.each(denied)("%s as %s → FORBIDDEN, nothing changes", async (_n, role, p) => {
    const before = await snapshotReview(a.workspace.id);
    await expect(p.call(callerFor(members.get(role)!), a.workspace.slug, ids)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshotReview(a.workspace.id)).toEqual(before);
  });
});

describe("unauthenticated", () => {
  it.each(rows)("%s → UNAUTHORIZED, nothing changes", async (_n, p) => {
    const before = await snapshotReview(a.workspace.id);
    await expect(p.call(callerFor(null), a.workspace.slug, ids)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await snapshotReview(a.workspace.id)).toEqual(before);
  });
});
