import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { users } from "@/server/db/schema";
import { getCurrentBrandBook } from "@/server/brand/get-current-brand-book";
import { callerFor, createOwner } from "../factories/users";
import { addMember, auditRows } from "../factories/workspaces";
import { sampleBook, saveAs, snapshotBrand } from "./brand-factory";

describe("brand book history", () => {
  it("lists versions newest first with author, changed fields, restores and the current one", async () => {
    const { user, workspace } = await createOwner();
    const admin = await addMember(workspace.id, "admin");
    await saveAs(user, workspace.slug, { voice: "One", pillars: ["A"] });
    await saveAs(admin, workspace.slug, { voice: "Two", pillars: ["A"] });
    await callerFor(admin).brand.restore({ workspaceSlug: workspace.slug, version: 1 });
    const viewer = await addMember(workspace.id, "viewer");
    const { items, nextCursor } = await callerFor(viewer).brand.versions({ workspaceSlug: workspace.slug });
    expect(nextCursor).toBeNull();
    expect(items).toEqual([
      { version: 3, createdAt: expect.any(Date), createdBy: { id: admin.id, name: admin.name, email: admin.email }, changedFields: ["voice"], restoredFrom: 1, isCurrent: true },
      { version: 2, createdAt: expect.any(Date), createdBy: { id: admin.id, name: admin.name, email: admin.email }, changedFields: ["voice"], restoredFrom: null, isCurrent: false },
      { version: 1, createdAt: expect.any(Date), createdBy: { id: user.id, name: user.name, email: user.email }, changedFields: ["voice", "pillars"], restoredFrom: null, isCurrent: false },
    ]);
  });

  it("pages with a cursor", async () => {
    const { user, workspace } = await createOwner();
    for (let i = 1; i <= 5; i++) await saveAs(user, workspace.slug, { voice: `V${i}` });
    const caller = callerFor(user);
    const first = await caller.brand.versions({ workspaceSlug: workspace.slug, limit: 2 });
    expect(first.items.map((i) => i.version)).toEqual([5, 4]);
    expect(first.items.map((i) => i.isCurrent)).toEqual([true, false]);
    const second = await caller.brand.versions({ workspaceSlug: workspace.slug, limit: 2, cursor: first.nextCursor });
    expect(second.items.map((i) => i.version)).toEqual([3, 2]);
    const last = await caller.brand.versions({ workspaceSlug: workspace.slug, limit: 2, cursor: second.nextCursor });
    expect(last).toMatchObject({ items: [{ version: 1 }], nextCursor: null });
  });

  it("an author whose account is gone shows as null; the version stays", async () => {
    const { user, workspace } = await createOwner();
    const admin = await addMember(workspace.id, "admin");
    await saveAs(admin, workspace.slug, { voice: "By someone who left" });
    await db.delete(users).where(eq(users.id, admin.id));
    const { items } = await callerFor(user).brand.versions({ workspaceSlug: workspace.slug });
    expect(items).toMatchObject([{ version: 1, createdBy: null }]);
    expect(await callerFor(user).brand.version({ workspaceSlug: workspace.slug, version: 1 })).toMatchObject({ createdBy: null });
  });

  it("views one version as it was saved; a version that does not exist is NOT_FOUND", async () => {
    const { user, workspace } = await createOwner();
    await saveAs(user, workspace.slug, sampleBook());
    await saveAs(user, workspace.slug, sampleBook({ audience: "Cafés" }));
    const reviewer = await addMember(workspace.id, "reviewer");
    const v1 = await callerFor(reviewer).brand.version({ workspaceSlug: workspace.slug, version: 1 });
    expect(v1).toMatchObject({ version: 1, book: sampleBook(), createdBy: { id: user.id } });
    await expect(callerFor(user).brand.version({ workspaceSlug: workspace.slug, version: 3 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Version 3 of the brand book was not found.",
    });
  });
});

describe("restoring a version", () => {
  it("adds a new version equal to the old one and records brand.restored", async () => {
    const { user, workspace } = await createOwner();
    await saveAs(user, workspace.slug, sampleBook());
    await saveAs(user, workspace.slug, sampleBook({ voice: "Different", examples: [] }));
    const result = await callerFor(user).brand.restore({ workspaceSlug: workspace.slug, version: 1 });
    expect(result).toEqual({ version: 3, created: true, changedFields: ["voice", "examples"], restoredFrom: 1 });
    const current = await getCurrentBrandBook(db, workspace.id);
    expect(current).toMatchObject({ version: 3, book: sampleBook() });
    const [audit] = await auditRows(workspace.id, "brand.restored");
    expect(audit).toMatchObject({ actorId: user.id, targetType: "brand_book", changes: { version: 3, restoredFrom: 1, fields: ["voice", "examples"] } });
    // Versions 1 and 2 are untouched.
    const { books } = await snapshotBrand(workspace.id);
    expect(books.map((b) => [b.version, b.book.voice])).toEqual([[1, sampleBook().voice], [2, "Different"], [3, sampleBook().voice]]);
  });

  it("restoring what is already current adds nothing", async () => {
    const { user, workspace } = await createOwner();
    await saveAs(user, workspace.slug, { voice: "Same" });
    await saveAs(user, workspace.slug, { voice: "Other" });
    await saveAs(user, workspace.slug, { voice: "Same" });
    const before = await snapshotBrand(workspace.id);
    for (const version of [1, 3]) {
      expect(await callerFor(user).brand.restore({ workspaceSlug: workspace.slug, version })).toEqual({
        version: 3,
        created: false,
        changedFields: [],
        restoredFrom: version,
      });
    }
    expect(await snapshotBrand(workspace.id)).toEqual(before);
  });

  it("a version that does not exist is NOT_FOUND and changes nothing", async () => {
    const { user, workspace } = await createOwner();
    await saveAs(user, workspace.slug, { voice: "Only" });
    const before = await snapshotBrand(workspace.id);
    await expect(callerFor(user).brand.restore({ workspaceSlug: workspace.slug, version: 9 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotBrand(workspace.id)).toEqual(before);
  });
});
