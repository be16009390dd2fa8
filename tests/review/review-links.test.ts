import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { reviewLinks } from "@/server/db/schema";
import { signReviewLinkToken } from "@/server/review-links/token";
import { callerFor } from "../factories/users";
import { approvalsOf, auditFor, createReviewItem, itemRow, reviewWorkspace, setSteps } from "./review-factory";

let w: Awaited<ReturnType<typeof reviewWorkspace>>;
beforeAll(async () => {
  w = await reviewWorkspace();
  await setSteps(w.workspace.id, [{ name: "Editor", kind: "role" }, { name: "Client", kind: "client" }]);
});
const tokenOf = (url: string) => url.split("/r/")[1]!;
const anon = () => callerFor(null);

async function linkFor(itemId: string) {
  const link = await callerFor(w.reviewer).reviewLink.create({ workspaceSlug: w.slug, contentItemId: itemId });
  return { ...link, token: tokenOf(link.url) };
}

describe("client review link", () => {
  it("the client approves the client step after the editor step; recorded as the client in approvals and audit", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const { token } = await linkFor(item.id);
    let view = await anon().reviewLink.view({ token });
    expect(view.can).toMatchObject({ approve: false, requestChanges: true });
    await expect(anon().reviewLink.decide({ token, decision: "approve", name: "Ana" })).rejects.toMatchObject({ code: "CONFLICT" });
    await callerFor(w.reviewer).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1 });
    view = await anon().reviewLink.view({ token });
    expect(view).toMatchObject({ can: { approve: true }, nextStep: { kind: "client" }, version: { number: 1 } });
    const r = await anon().reviewLink.decide({ token, decision: "approve", name: "Ana", comment: "Love it" });
    expect(r.status).toBe("approved");
    const rows = await approvalsOf(item.id);
    expect(rows[1]).toMatchObject({ step: 2, actorId: null, actorLabel: "Client: Ana (review link)", comment: "Love it" });
    const audit = (await auditFor(w.workspace.id, "content.approved")).find((a) => a.targetId === item.id)!;
    expect(audit).toMatchObject({ actorId: null, actorLabel: "Client: Ana (review link)" });
    expect((await db.select().from(reviewLinks).where(eq(reviewLinks.contentItemId, item.id)))[0]!.lastUsedAt).not.toBeNull();
  });

  it("the client can request changes at any step (comment required)", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const { token } = await linkFor(item.id);
    await expect(anon().reviewLink.decide({ token, decision: "request_changes", name: "Ana" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await anon().reviewLink.decide({ token, decision: "request_changes", name: "Ana", comment: "Wrong price" });
    expect((await itemRow(item.id)).status).toBe("changes_requested");
    expect((await auditFor(w.workspace.id, "content.changes_requested")).find((a) => a.targetId === item.id)).toMatchObject({ actorLabel: "Client: Ana (review link)" });
  });

  it("an expired link is refused with a clear message", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const expiresAt = new Date(Math.floor((Date.now() - 60_000) / 1000) * 1000);
    const [row] = await db.insert(reviewLinks).values({ workspaceId: w.workspace.id, contentItemId: item.id, expiresAt }).returning();
    const token = signReviewLinkToken(row!.id, expiresAt);
    await expect(anon().reviewLink.view({ token })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/expired/) });
    await expect(anon().reviewLink.decide({ token, decision: "request_changes", name: "X", comment: "y" })).rejects.toMatchObject({ message: expect.stringMatching(/expired/) });
  });

  it("a tampered link (signature, id or expiry changed) is not valid", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const { token } = await linkFor(item.id);
    const [id, epoch, sig] = token.split(".") as [string, string, string];
    const other = await createReviewItem(w.workspace.id, w.editor);
    const { token: otherToken } = await linkFor(other.id);
    for (const bad of [`${id}.${epoch}.${sig.slice(0, -2)}xx`, `${id}.${Number(epoch) + 86400}.${sig}`, `${otherToken.split(".")[0]}.${epoch}.${sig}`, "garbage-token-value"]) {
      await expect(anon().reviewLink.view({ token: bad })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/not valid/) });
      await expect(anon().reviewLink.decide({ token: bad, decision: "request_changes", name: "X", comment: "y" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await approvalsOf(item.id)).toHaveLength(0);
  });

  it("a revoked link stops working at once; list shows its state; the revocation is audited", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const link = await linkFor(item.id);
    await callerFor(w.reviewer).reviewLink.revoke({ workspaceSlug: w.slug, linkId: link.id });
    await expect(anon().reviewLink.view({ token: link.token })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/revoked/) });
    const list = await callerFor(w.reviewer).reviewLink.list({ workspaceSlug: w.slug, contentItemId: item.id });
    expect(list).toMatchObject([{ id: link.id, state: "revoked" }]);
    expect((await auditFor(w.workspace.id, "review_link.revoked")).some((a) => a.targetId === item.id)).toBe(true);
  });
});

describe("client review link rate limit", () => {
  it("counts decisions per link: the 21st within an hour is refused with the wait", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const { token } = await linkFor(item.id);
    for (let i = 0; i < 20; i++) {
      // The first asks for changes; later ones conflict (nothing is waiting) but still count.
      await anon()
        .reviewLink.decide({ token, decision: "request_changes", comment: `note ${i}`, name: "Ana" })
        .catch((error: { code?: string }) => expect(error.code).not.toBe("TOO_MANY_REQUESTS"));
    }
    await expect(
      anon().reviewLink.decide({ token, decision: "request_changes", comment: "again", name: "Ana" }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/Too many attempts/) });
  });
});
