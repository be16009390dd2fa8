/** CSV export: RFC 4180 quoting, formula-injection safety, and every table matches its procedure. */
import { beforeAll, describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/server/analytics/csv";
import { analyticsTableCsv } from "@/server/analytics/export";
import { db } from "@/server/db/client";
import { callerFor, createOwner } from "../factories/users";
import { seedAnalytics, type AnalyticsSeed } from "./seed";

describe("csv", () => {
  it("quotes commas, quotes and line breaks; CRLF line ends; header first", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["line\nbreak", null]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas, but not numbers", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-rm")).toBe("'-rm");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
  });
});

describe("analyticsTableCsv", () => {
  let owner: Awaited<ReturnType<typeof createOwner>>;
  let seed: AnalyticsSeed;
  beforeAll(async () => {
    owner = await createOwner();
    seed = await seedAnalytics({ workspaceId: owner.workspace.id, actor: owner.user });
  }, 60_000);

  it("has one row per row of the chart's data", async () => {
    const ctx = { db, workspace: owner.workspace };
    const caller = callerFor(owner.user);
    const input = { workspaceSlug: owner.workspace.slug, ...seed.range };
    const lines = async (table: Parameters<typeof analyticsTableCsv>[1]) => (await analyticsTableCsv(ctx, table, seed.range)).split("\r\n").filter(Boolean);
    const engagement = await caller.analytics.engagement(input);
    expect(await lines("production")).toHaveLength(1 + (await caller.analytics.production(input)).byWeek.length);
    expect(await lines("review")).toHaveLength(1 + (await caller.analytics.review(input)).byWeek.length);
    expect(await lines("stages")).toHaveLength(1 + (await caller.analytics.stages(input)).length);
    expect(await lines("costs")).toHaveLength(1 + (await caller.analytics.costs(input)).length);
    expect(await lines("engagement_platform")).toHaveLength(1 + engagement.byPlatform.length);
    expect(await lines("engagement_pattern")).toHaveLength(1 + engagement.byPattern.length);
    expect(await lines("engagement_slot")).toHaveLength(1 + engagement.bySlot.length);
    const top = await lines("top_posts");
    expect(top).toHaveLength(1 + 16);
    expect(top[0]).toBe("published_at,title,platform,channel,permalink,score,likes,comments,shares,impressions");
    expect((await lines("stages"))[0]).toBe("stage,runs,failures,failure_rate,p50_ms,p90_ms");
  });
});
