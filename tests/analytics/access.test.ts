/**
 * Every analytics procedure and timeline.forItem: another workspace's member gets NOT_FOUND (also
 * when passing A's ids through B's slug) and sees none of A's rows; signed-out callers are refused;
 * every role may read (the matrix gives analytics.view and workspace.view to all five roles).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { analyticsTableCsv } from "@/server/analytics/export";
import { db } from "@/server/db/client";
import { analyticsTables } from "@/server/analytics/schemas";
import { roles } from "@/lib/workspaces/permissions";
import { formErrorsOf } from "../factories/errors";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { seedAnalytics, type AnalyticsSeed } from "./seed";

type Caller = ReturnType<typeof callerFor>;
let a: Awaited<ReturnType<typeof createOwner>>;
let b: Awaited<ReturnType<typeof createOwner>>;
let seed: AnalyticsSeed;

beforeAll(async () => {
  a = await createOwner();
  b = await createOwner();
  seed = await seedAnalytics({ workspaceId: a.workspace.id, actor: a.user });
}, 60_000);

const calls: Array<[string, (c: Caller, slug: string) => Promise<unknown>]> = [
  ["analytics.production", (c, slug) => c.analytics.production({ workspaceSlug: slug, ...seed.range })],
  ["analytics.review", (c, slug) => c.analytics.review({ workspaceSlug: slug, ...seed.range })],
  ["analytics.stages", (c, slug) => c.analytics.stages({ workspaceSlug: slug, ...seed.range })],
  ["analytics.costs", (c, slug) => c.analytics.costs({ workspaceSlug: slug, ...seed.range })],
  ["analytics.engagement", (c, slug) => c.analytics.engagement({ workspaceSlug: slug, ...seed.range })],
  ["analytics.topPosts", (c, slug) => c.analytics.topPosts({ workspaceSlug: slug, ...seed.range })],
  ["analytics.insights", (c, slug) => c.analytics.insights({ workspaceSlug: slug })],
  ["analytics.bestTimes", (c, slug) => c.analytics.bestTimes({ workspaceSlug: slug, channelId: seed.channelIds.linkedin })],
  ["timeline.forItem", (c, slug) => c.timeline.forItem({ workspaceSlug: slug, contentItemId: seed.itemIds[0]! })],
];

describe.each(calls)("%s", (_name, call) => {
  it("answers NOT_FOUND to another workspace's member and UNAUTHORIZED when signed out", async () => {
    await expect(call(callerFor(b.user), a.workspace.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(call(callerFor(null), a.workspace.slug)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("is readable by every role of the workspace", async () => {
    for (const role of roles) {
      const member = role === "owner" ? a.user : await addMember(a.workspace.id, role);
      await expect(call(callerFor(member), a.workspace.slug)).resolves.toBeDefined();
    }
  });
});

describe("through B's own slug", () => {
  it("A's ids are NOT_FOUND and A's rows never show up", async () => {
    const cb = callerFor(b.user);
    const slug = b.workspace.slug;
    await expect(cb.analytics.bestTimes({ workspaceSlug: slug, channelId: seed.channelIds.linkedin })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cb.timeline.forItem({ workspaceSlug: slug, contentItemId: seed.itemIds[0]! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await cb.analytics.production({ workspaceSlug: slug, ...seed.range })).toEqual({ byWeek: [], total: 0 });
    expect((await cb.analytics.review({ workspaceSlug: slug, ...seed.range })).decided).toBe(0);
    expect(await cb.analytics.stages({ workspaceSlug: slug, ...seed.range })).toEqual([]);
    expect(await cb.analytics.costs({ workspaceSlug: slug, ...seed.range })).toEqual([]);
    expect(await cb.analytics.engagement({ workspaceSlug: slug, ...seed.range })).toEqual({ byPlatform: [], byPattern: [], bySlot: [] });
    expect(await cb.analytics.topPosts({ workspaceSlug: slug, ...seed.range })).toEqual([]);
    expect(await cb.analytics.insights({ workspaceSlug: slug })).toEqual([]);
  });

  it("CSV export of B's workspace holds only header rows", async () => {
    const ctx = { db, workspace: b.workspace };
    for (const table of analyticsTables) {
      const csv = await analyticsTableCsv(ctx, table, seed.range);
      expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1);
    }
  });
});

describe("range validation", () => {
  it("refuses a reversed or over-long range with a clear message per field", async () => {
    const c = callerFor(a.user);
    const reversed = await formErrorsOf(c.analytics.production({ workspaceSlug: a.workspace.slug, from: seed.range.to, to: seed.range.from }));
    expect(reversed).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { from: ["The start date must be before the end date."] } });
    const long = await formErrorsOf(c.analytics.costs({ workspaceSlug: a.workspace.slug, from: "2024-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }));
    expect(long.fieldErrors.to).toEqual(["Pick a range of at most 366 days."]);
    const garbled = await formErrorsOf(c.analytics.stages({ workspaceSlug: a.workspace.slug, from: "yesterday", to: seed.range.to }));
    expect(garbled.fieldErrors.from).toEqual(["Give an ISO date and time"]);
  });
});
