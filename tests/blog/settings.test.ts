import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { searchPosts } from "@/server/blog/search";
import { findSite } from "@/server/blog/site";
import { db } from "@/server/db/client";
import { auditLog, blogSettings } from "@/server/db/schema";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { createPost } from "./blog-factory";

const input = { title: "Field notes", description: "Notes from the field.", language: "german" as const };

describe("blog settings", () => {
  it("sets title, description and language; re-indexes posts in the new language; audits", async () => {
    const { user, workspace } = await createOwner();
    await createPost(workspace.id, { title: "Die schönsten Häuser", body: "# Häuser\n\nViele Häuser." });
    const site = () => findSite(db, workspace.slug).then((s) => s!);
    expect((await searchPosts(db, await site(), { q: "Haus" })).hits).toHaveLength(0);
    const result = await callerFor(user).blog.updateSettings({ workspaceSlug: workspace.slug, ...input });
    expect(result.reindexed).toBe(1);
    const german = await site();
    expect(german).toMatchObject({ title: "Field notes", language: "german" });
    expect((await searchPosts(db, german, { q: "Haus" })).hits).toHaveLength(1);
    // A post published after the change takes the blog's language (trigger).
    await createPost(workspace.id, { title: "Neue Gärten", body: "# Gärten\n\nText." });
    expect((await searchPosts(db, german, { q: "Garten" })).hits).toHaveLength(1);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.action, "blog.settings_updated")));
    expect(audits).toHaveLength(1);
    expect(await callerFor(user).blog.settings({ workspaceSlug: workspace.slug })).toEqual(input);
  });

  it("refuses a language outside the allow-list", async () => {
    const { user, workspace } = await createOwner();
    await expect(
      callerFor(user).blog.updateSettings({ workspaceSlug: workspace.slug, ...input, language: "klingon" as "german" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses members without workspace.manage and changes nothing", async () => {
    const { workspace } = await createOwner();
    const editor = await addMember(workspace.id, "editor");
    const viewer = await addMember(workspace.id, "viewer");
    await expect(callerFor(editor).blog.updateSettings({ workspaceSlug: workspace.slug, ...input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await callerFor(viewer).blog.settings({ workspaceSlug: workspace.slug })).toMatchObject({ language: "english" });
    expect(await db.select().from(blogSettings).where(eq(blogSettings.workspaceId, workspace.id))).toEqual([]);
  });

  it("never reads or changes another workspace's blog", async () => {
    const a = await createOwner();
    const b = await createOwner();
    await callerFor(a.user).blog.updateSettings({ workspaceSlug: a.workspace.slug, ...input });
    await expect(callerFor(b.user).blog.settings({ workspaceSlug: a.workspace.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(b.user).blog.updateSettings({ workspaceSlug: a.workspace.slug, ...input, title: "Hijacked" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await callerFor(b.user).blog.updateSettings({ workspaceSlug: b.workspace.slug, ...input, title: "B notes" });
    expect((await findSite(db, a.workspace.slug))!.title).toBe("Field notes");
    expect(await callerFor(null).blog.settings({ workspaceSlug: a.workspace.slug }).catch((e: { code: string }) => e.code)).toBe("UNAUTHORIZED");
  });
});
