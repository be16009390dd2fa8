import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { getCurrentBrandBook } from "@/server/brand/get-current-brand-book";
import { callerFor, createOwner } from "../factories/users";
import { addMember, auditRows } from "../factories/workspaces";
import { sampleBook, saveAs, snapshotBrand } from "./brand-factory";

describe("saving the brand book", () => {
  it("has no brand book until the first save; each save is the next version", async () => {
    const { user, workspace } = await createOwner();
    expect(await getCurrentBrandBook(db, workspace.id)).toBeNull();
    expect(await callerFor(user).brand.get({ workspaceSlug: workspace.slug })).toBeNull();

    const first = await saveAs(user, workspace.slug, sampleBook());
    expect(first).toEqual({ version: 1, created: true, changedFields: ["voice", "audience", "pillars", "avoidWords", "hashtags", "examples", "ctas"] });
    const second = await saveAs(user, workspace.slug, sampleBook({ voice: "Bolder now.", hashtags: ["#coffee"] }));
    expect(second).toEqual({ version: 2, created: true, changedFields: ["voice", "hashtags"] });

    const current = await getCurrentBrandBook(db, workspace.id);
    expect(current).toMatchObject({ version: 2, book: sampleBook({ voice: "Bolder now.", hashtags: ["#coffee"] }) });
    expect(current!.createdBy).toEqual({ id: user.id, name: user.name, email: user.email });
    expect(current!.createdAt).toBeInstanceOf(Date);
    const viewer = await addMember(workspace.id, "viewer");
    expect(await callerFor(viewer).brand.get({ workspaceSlug: workspace.slug })).toEqual(current);
  });

  it("records brand.updated with the version and the fields that changed", async () => {
    const { user, workspace } = await createOwner();
    await saveAs(user, workspace.slug, { voice: "Calm." });
    await saveAs(user, workspace.slug, { voice: "Calm.", ctas: ["Say hello"] });
    const audits = await auditRows(workspace.id, "brand.updated");
    expect(audits.map((a) => a.changes)).toEqual(
      expect.arrayContaining([
        { version: 1, fields: ["voice"] },
        { version: 2, fields: ["ctas"] },
      ]),
    );
    expect(audits.every((a) => a.actorId === user.id && a.targetType === "brand_book")).toBe(true);
  });

  it("saving identical content (after trimming and normalising) adds no version and no audit row", async () => {
    const { user, workspace } = await createOwner();
    await saveAs(user, workspace.slug, sampleBook());
    const before = await snapshotBrand(workspace.id);
    const again = await saveAs(user, workspace.slug, {
      ...sampleBook(),
      voice: `  ${sampleBook().voice}\n`,
      hashtags: ["coffee", "#roasting", "#Coffee"],
      pillars: ["Sourcing", "Roasting craft", "sourcing"],
    });
    expect(again).toEqual({ version: 1, created: false, changedFields: [] });
    expect(await snapshotBrand(workspace.id)).toEqual(before);
  });

  it("an empty book on a workspace without one saves nothing", async () => {
    const { user, workspace } = await createOwner();
    expect(await saveAs(user, workspace.slug, {})).toEqual({ version: null, created: false, changedFields: [] });
    expect((await snapshotBrand(workspace.id)).books).toEqual([]);
  });

  it("normalises: hashtags get #, duplicates go (first spelling kept), text is trimmed", async () => {
    const { user, workspace } = await createOwner();
    await saveAs(user, workspace.slug, {
      voice: "  Friendly ",
      hashtags: ["coffee", "Espresso", "#coffee", "latte_art"],
      avoidWords: ["Cheap", "cheap", " synergy "],
    });
    const current = await getCurrentBrandBook(db, workspace.id);
    expect(current!.book).toMatchObject({ voice: "Friendly", hashtags: ["#coffee", "#Espresso", "#latte_art"], avoidWords: ["Cheap", "synergy"] });
  });

  it("with baseVersion, a save over someone else's newer version is a CONFLICT and changes nothing", async () => {
    const { user, workspace } = await createOwner();
    await saveAs(user, workspace.slug, { voice: "One" }, 0);
    await saveAs(user, workspace.slug, { voice: "Two" }, 1);
    const before = await snapshotBrand(workspace.id);
    await expect(saveAs(user, workspace.slug, { voice: "Stale edit" }, 1)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("version 2"),
    });
    await expect(saveAs(user, workspace.slug, { voice: "First ever?" }, 0)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshotBrand(workspace.id)).toEqual(before);
    // Saving what is already current is fine whatever the base.
    await expect(saveAs(user, workspace.slug, { voice: "Two" }, 1)).resolves.toMatchObject({ created: false, version: 2 });
  });

  it("concurrent saves each get their own version, and none is lost", async () => {
    const { user, workspace } = await createOwner();
    const admin = await addMember(workspace.id, "admin");
    const voices = Array.from({ length: 12 }, (_, i) => `Voice ${i}`);
    const results = await Promise.all(voices.map((voice, i) => saveAs(i % 2 ? admin : user, workspace.slug, { voice })));
    expect(results.map((r) => r.version).sort((a, b) => a! - b!)).toEqual(voices.map((_, i) => i + 1));
    const { books, audit } = await snapshotBrand(workspace.id);
    expect(books.map((b) => b.version)).toEqual(voices.map((_, i) => i + 1));
    expect(new Set(books.map((b) => b.book.voice))).toEqual(new Set(voices));
    expect(audit.filter((a) => a.action === "brand.updated")).toHaveLength(voices.length);
  });
});
