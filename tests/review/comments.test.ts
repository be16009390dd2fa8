import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOwner } from "../factories/users";
import { mailsTo } from "../factories/mailbox";
import { createReviewItem, reviewWorkspace } from "./review-factory";

let w: Awaited<ReturnType<typeof reviewWorkspace>>;
beforeAll(async () => {
  w = await reviewWorkspace();
});

describe("comments and mentions", () => {
  it("a viewer comments and mentions a reviewer: notification in that workspace and a mail", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const comment = await callerFor(w.viewer).comment.create({ workspaceSlug: w.slug, contentItemId: item.id, body: "@Rev what do you think?", mentions: [w.reviewer.id] });
    expect(comment).toMatchObject({ versionNumber: 1, mentions: [w.reviewer.id], authorId: w.viewer.id });
    expect(await callerFor(w.reviewer).notification.unreadCount({ workspaceSlug: w.slug })).toEqual({ unread: 1 });
    const list = await callerFor(w.reviewer).notification.list({ workspaceSlug: w.slug });
    expect(list.items[0]).toMatchObject({ kind: "comment.mention", link: `/${w.slug}/review/${item.id}#comment-${comment.id}` });
    const mails = await mailsTo(w.reviewer.email);
    expect(mails[0]!.subject).toMatch(/mentioned you/);
    expect(mails[0]!.text).toContain(`http://localhost:3000/${w.slug}/review/${item.id}`);
    await callerFor(w.reviewer).notification.markRead({ workspaceSlug: w.slug });
    expect(await callerFor(w.reviewer).notification.unreadCount({ workspaceSlug: w.slug })).toEqual({ unread: 0 });
  });

  it("mentioning someone outside the workspace is refused and writes nothing", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const stranger = await createOwner();
    await expect(callerFor(w.viewer).comment.create({ workspaceSlug: w.slug, contentItemId: item.id, body: "hi", mentions: [stranger.user.id] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await callerFor(w.viewer).comment.list({ workspaceSlug: w.slug, contentItemId: item.id })).toEqual([]);
    expect(await mailsTo(stranger.user.email)).toHaveLength(0);
  });

  it("replies, author-only edits (new mentions notified), resolve by an approver", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const root = await callerFor(w.viewer).comment.create({ workspaceSlug: w.slug, contentItemId: item.id, body: "Root" });
    const reply = await callerFor(w.editor).comment.create({ workspaceSlug: w.slug, contentItemId: item.id, body: "Reply", parentId: root.id });
    expect(reply.parentId).toBe(root.id);
    await expect(callerFor(w.editor).comment.edit({ workspaceSlug: w.slug, commentId: root.id, body: "hijack" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const edited = await callerFor(w.viewer).comment.edit({ workspaceSlug: w.slug, commentId: root.id, body: "Root @Admin", mentions: [w.admin.id] });
    expect(edited.editedAt).not.toBeNull();
    expect((await callerFor(w.admin).notification.list({ workspaceSlug: w.slug })).items).toHaveLength(1);
    await expect(callerFor(w.viewer).comment.resolve({ workspaceSlug: w.slug, commentId: reply.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(w.reviewer).comment.resolve({ workspaceSlug: w.slug, commentId: reply.id })).resolves.toMatchObject({ resolvedAt: expect.any(Date) });
    const all = await callerFor(w.viewer).comment.list({ workspaceSlug: w.slug, contentItemId: item.id });
    expect(all.map((c) => c.body)).toEqual(["Root @Admin", "Reply"]);
  });

  it("notifications are per user and per workspace", async () => {
    const other = await reviewWorkspace();
    expect(await callerFor(w.reviewer).notification.unreadCount({ workspaceSlug: w.slug })).toBeTruthy();
    expect((await callerFor(other.reviewer).notification.list({ workspaceSlug: other.slug })).items).toEqual([]);
  });
});
