import { describe, expect, it } from "vitest";
import { brandBookSchema } from "@/lib/ai/brief";
import { brandBookFields, brandBookLimits } from "@/lib/brand/fields";
import { callerFor, createOwner } from "../factories/users";
import { formErrorsOf } from "../factories/errors";
import { sampleBook, snapshotBrand } from "./brand-factory";

type Owner = Awaited<ReturnType<typeof createOwner>>;

async function expectFieldError(owner: Owner, input: Record<string, unknown>, field: string, message: string | RegExp) {
  const before = await snapshotBrand(owner.workspace.id);
  const save = callerFor(owner.user).brand.save as (i: Record<string, unknown>) => Promise<unknown>;
  const errors = await formErrorsOf(save({ workspaceSlug: owner.workspace.slug, ...sampleBook(), ...input }));
  expect(errors.code).toBe("BAD_REQUEST");
  expect(errors.fieldErrors[field]?.[0]).toMatch(message);
  expect(await snapshotBrand(owner.workspace.id)).toEqual(before);
}

describe("brand book validation", () => {
  it("names the field, the entry and the limit", async () => {
    const owner = await createOwner();
    await expectFieldError(owner, { voice: "x".repeat(2001) }, "voice", "Voice and tone is too long: use at most 2,000 characters (it has 2,001).");
    await expectFieldError(owner, { audience: "a".repeat(1001) }, "audience", /Audience is too long: use at most 1,000 characters/);
    await expectFieldError(owner, { pillars: Array.from({ length: 21 }, (_, i) => `P${i}`) }, "pillars", "Keep at most 20 content pillars.");
    await expectFieldError(owner, { pillars: ["Fine", "p".repeat(201)] }, "pillars", /^Pillar 2 is too long: use at most 200 characters/);
    await expectFieldError(owner, { hashtags: ["#fine", "two words"] }, "hashtags", 'Hashtag 2 "two words" should be one word: letters, digits or _ (no spaces).');
    await expectFieldError(owner, { hashtags: ["#ok", "#no-dash"] }, "hashtags", /^Hashtag 2 "#no-dash" should be one word/);
    await expectFieldError(owner, { hashtags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, "hashtags", "Keep at most 50 hashtags.");
    await expectFieldError(owner, { examples: ["Good", "   "] }, "examples", "Example post 2 is empty: write it or remove it.");
    await expectFieldError(owner, { examples: ["e".repeat(5001)] }, "examples", /^Example post 1 is too long: use at most 5,000 characters/);
    await expectFieldError(owner, { examples: Array.from({ length: 21 }, (_, i) => `Example ${i}`) }, "examples", "Keep at most 20 example posts.");
    await expectFieldError(owner, { ctas: "Buy now" }, "ctas", "Calls to action should be a list.");
    await expectFieldError(owner, { avoidWords: [42] }, "avoidWords", "Entry 1 should be text.");
  });

  it("reports every bad field at once", async () => {
    const owner = await createOwner();
    const save = callerFor(owner.user).brand.save as (i: Record<string, unknown>) => Promise<unknown>;
    const errors = await formErrorsOf(save({ workspaceSlug: owner.workspace.slug, voice: "v".repeat(3000), hashtags: ["a b"], ctas: [""] }));
    expect(Object.keys(errors.fieldErrors).sort()).toEqual(["ctas", "hashtags", "voice"]);
  });

  it("rejects a negative or fractional baseVersion", async () => {
    const owner = await createOwner();
    const errors = await formErrorsOf(callerFor(owner.user).brand.save({ workspaceSlug: owner.workspace.slug, voice: "Hi", baseVersion: -1 }));
    expect(errors.fieldErrors.baseVersion).toBeDefined();
  });

  it("a version number must be a positive whole number", async () => {
    const owner = await createOwner();
    const caller = callerFor(owner.user);
    const errors = await formErrorsOf(caller.brand.version({ workspaceSlug: owner.workspace.slug, version: 0 }));
    expect(errors.fieldErrors.version).toEqual(["Versions start at 1."]);
    await expect(caller.brand.restore({ workspaceSlug: owner.workspace.slug, version: 1.5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("the field list covers every field of the writers' schema", () => {
    expect([...brandBookFields].sort()).toEqual(Object.keys(brandBookSchema.shape).sort());
  });
});

describe("the editor's limits match the writers' schema", () => {
  const at = (n: number, s = "a") => s.repeat(n);
  const ok = (book: Record<string, unknown>) => brandBookSchema.safeParse(book).success;
  it.each([
    ["voice", (n: number) => ({ voice: at(n) }), brandBookLimits.voice],
    ["audience", (n: number) => ({ audience: at(n) }), brandBookLimits.audience],
    ["phrase", (n: number) => ({ pillars: [at(n)], avoidWords: [at(n)], ctas: [at(n)] }), brandBookLimits.phrase],
    ["example", (n: number) => ({ examples: [at(n)] }), brandBookLimits.example],
    ...Object.entries(brandBookLimits.items).map(
      ([field, max]) => [field, (n: number) => ({ [field]: Array.from({ length: n }, (_, i) => `x${i}`) }), max] as const,
    ),
  ] as const)("%s", (_name, make, max) => {
    expect(ok(make(max))).toBe(true);
    expect(ok(make(max + 1))).toBe(false);
  });
});
