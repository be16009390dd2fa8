/** timeline.forItem on seeded items: every kind of event, in order, failures explained and retryable. */
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOwner } from "../factories/users";
import { seedAnalytics, type AnalyticsSeed } from "../analytics/seed";

let owner: Awaited<ReturnType<typeof createOwner>>;
let seed: AnalyticsSeed;
beforeAll(async () => {
  owner = await createOwner();
  seed = await seedAnalytics({ workspaceId: owner.workspace.id, actor: owner.user });
}, 60_000);

const timeline = (contentItemId: string) => callerFor(owner.user).timeline.forItem({ workspaceSlug: owner.workspace.slug, contentItemId });

describe("timeline.forItem", () => {
  it("a published item: request, stages, review, delivery, metrics — in time order", async () => {
    // Item 4 (LinkedIn) went through a changes-requested round.
    const entries = await timeline(seed.itemIds[3]!);
    const at = entries.map((e) => e.at.getTime());
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(entries.map((e) => e.kind)).toEqual(["request", "stage", "stage", "stage", "stage", "stage", "stage", "review", "review", "delivery", "metrics", "metrics", "metrics"]);
    const draft = entries.find((e) => e.stage === "draft")!;
    expect(draft).toMatchObject({ title: "Draft", model: "gpt-4o-mini", provider: "openai", tokens: 2100, costUsd: 0.0045, durationMs: 3000, outcome: "ok", retryable: false });
    expect(draft.endAt!.getTime() - draft.at.getTime()).toBe(3000);
    expect(entries.find((e) => e.stage === "image")).toMatchObject({ outcome: "skipped", detail: "skipped: no image provider" });
    expect(entries.filter((e) => e.kind === "review").map((e) => [e.title, e.detail])).toEqual([
      ["Changes requested (version 1)", "Shorter, please."],
      ["Approved (version 2)", null],
    ]);
    expect(entries.find((e) => e.kind === "delivery")).toMatchObject({ title: "Published to Acme on LinkedIn", outcome: "ok", detail: expect.stringContaining("https://example.test/linkedin/") });
    expect(entries.filter((e) => e.kind === "metrics").map((e) => e.title)).toEqual(["Metrics after 6h on Acme on LinkedIn", "Metrics after 24h on Acme on LinkedIn", "Metrics after 72h on Acme on LinkedIn"]);
    expect(entries.at(-1)!.detail).toBe("63 likes · 9 comments · 4 shares · 3,300 impressions · 20 clicks · 3 saves · 2.3× the channel's median");
  });

  it("a failed run: the failed stage shows its cause and is retryable; later stages never ran", async () => {
    const failedItem = seed.itemIds[seed.itemIds.length - 2]!;
    const entries = await timeline(failedItem);
    const stages = entries.filter((e) => e.kind === "stage");
    expect(stages.map((e) => [e.stage, e.outcome])).toEqual([
      ["research", "ok"],
      ["outline", "ok"],
      ["draft", "failed"],
    ]);
    expect(stages[2]).toMatchObject({ detail: "Every provider refused: rate limited.", retryable: true, runId: seed.runIds[seed.itemIds.length - 2] });
    expect(stages.filter((e) => e.retryable)).toHaveLength(1);
    expect(entries.some((e) => e.kind === "review" || e.kind === "delivery")).toBe(false);
  });

  it("an unknown item is NOT_FOUND", async () => {
    await expect(timeline(crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
