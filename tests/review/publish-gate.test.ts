import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { approvals, contentItems, contentVersions } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { withPublishGate } from "@/server/review/gate-error";
import { assertPublishable } from "@/server/review/publish-gate";
import { callerFor } from "../factories/users";
import { approvalsOf, createReviewItem, itemRow, reviewWorkspace, setSteps } from "./review-factory";

/** The gate lives in Postgres: whatever writes content_items, unapproved versions cannot reach a publishing status. */
let w: Awaited<ReturnType<typeof reviewWorkspace>>;
beforeAll(async () => {
  w = await reviewWorkspace();
});
const gated = ["approved", "scheduled", "publishing", "published", "partially_published"] as const;
const setStatus = (id: string, status: (typeof gated)[number]) => db.update(contentItems).set({ status }).where(eq(contentItems.id, id));

describe("publish gate (database trigger)", () => {
  it.each(gated)("a direct UPDATE to %s without approval is refused with LG001", async (status) => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    await expect(setStatus(item.id, status)).rejects.toMatchObject({ cause: expect.objectContaining({ code: "LG001" }) });
    await expect(db.execute(sql`update content_items set status = ${status} where id = ${item.id}`)).rejects.toBeTruthy();
    expect((await itemRow(item.id)).status).toBe("in_review");
  });

  it("an INSERT straight into a gated status is refused", async () => {
    await expect(createReviewItem(w.workspace.id, w.editor, { status: "published" })).rejects.toMatchObject({ cause: expect.objectContaining({ code: "LG001" }) });
  });

  it("the gate error maps to a clear CONFLICT", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    await expect(withPublishGate(() => setStatus(item.id, "publishing"))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/not approved/) });
  });

  it("once approved, publishing passes; a raw new version voids the approval, flips the item back to review and closes the gate", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    await callerFor(w.reviewer).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1 });
    await transaction(async ({ tx }) => {
      const ok = await assertPublishable(tx, w.workspace.id, item.id, 1);
      expect(ok.finalApproval.step).toBe(1);
    });
    await db.insert(contentVersions).values({ workspaceId: w.workspace.id, contentItemId: item.id, number: 2, source: "sneaky", title: "t", body: "b" });
    expect((await approvalsOf(item.id))[0]!.voidedAt).not.toBeNull();
    expect((await itemRow(item.id)).status).toBe("in_review");
    await expect(setStatus(item.id, "publishing")).rejects.toMatchObject({ cause: expect.objectContaining({ code: "LG001" }) });
    await expect(transaction(({ tx }) => assertPublishable(tx, w.workspace.id, item.id, 1))).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("changing an approved version's content in place voids it", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    await callerFor(w.reviewer).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1 });
    await db.update(contentVersions).set({ body: "changed" }).where(and(eq(contentVersions.contentItemId, item.id), eq(contentVersions.number, 1)));
    expect((await approvalsOf(item.id))[0]!.voidedAt).not.toBeNull();
    await expect(setStatus(item.id, "publishing")).rejects.toBeTruthy();
  });

  it("pointing an approved item at another version is refused", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor, { versions: 2 });
    await callerFor(w.reviewer).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 2 });
    await expect(db.update(contentItems).set({ currentVersion: 1 }).where(eq(contentItems.id, item.id))).rejects.toMatchObject({ cause: expect.objectContaining({ code: "LG001" }) });
    await transaction(({ tx }) => assertPublishable(tx, w.workspace.id, item.id, 2));
    await expect(transaction(({ tx }) => assertPublishable(tx, w.workspace.id, item.id, 1))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/no longer the current/) });
  });

  it("a forged approvals row for a non-final step does not open a multi-step gate; nor does one next to a live rejection", async () => {
    const m = await reviewWorkspace();
    await setSteps(m.workspace.id, [{ name: "A", kind: "role" }, { name: "B", kind: "role" }]);
    const item = await createReviewItem(m.workspace.id, m.editor);
    await db.insert(approvals).values({ workspaceId: m.workspace.id, contentItemId: item.id, versionNumber: 1, step: 2, decision: "approved", actorLabel: "raw" });
    await expect(setStatus(item.id, "approved")).rejects.toBeTruthy();
    await db.insert(approvals).values({ workspaceId: m.workspace.id, contentItemId: item.id, versionNumber: 1, step: 1, decision: "approved", actorLabel: "raw" });
    await db.insert(approvals).values({ workspaceId: m.workspace.id, contentItemId: item.id, versionNumber: 1, step: 1, decision: "rejected", actorLabel: "raw" });
    await expect(setStatus(item.id, "approved")).rejects.toBeTruthy();
  });

  it("the approve procedure with a stale version never reaches the gate's statuses", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor, { versions: 3 });
    await expect(callerFor(w.reviewer).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 2 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await itemRow(item.id)).status).toBe("in_review");
  });
});
