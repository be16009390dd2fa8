/** Learning from a delivery happens once, from its latest snapshot, and decays with time. */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { metricSnapshots, patternScores } from "@/server/db/schema";
import { learnFromDelivery } from "@/server/learn/apply-learning";
import { patternInsights } from "@/server/learn/insights";
import { seedAnalytics } from "../analytics/seed";
import { createOwner } from "../factories/users";

const questionRow = async (workspaceId: string) =>
  (await db.select().from(patternScores).where(and(eq(patternScores.workspaceId, workspaceId), eq(patternScores.platform, "linkedin"), eq(patternScores.dimension, "hook"), eq(patternScores.value, "question"))))[0]!;

describe("learnFromDelivery", () => {
  it("counts a delivery once, from its 72 h snapshot, and keeps lift under pure decay", async () => {
    const { user, workspace } = await createOwner();
    const seed = await seedAnalytics({ workspaceId: workspace.id, actor: user });
    const before = await questionRow(workspace.id);
    expect(before).toMatchObject({ samples: 6 });
    expect(before.scoreSum / before.weight).toBeCloseTo(2.3, 6);

    expect(await learnFromDelivery({ jobId: seed.jobIds[0]!, workspaceId: workspace.id })).toEqual({ learned: false });
    expect((await questionRow(workspace.id)).samples).toBe(6);
    const learned = await db.select({ window: metricSnapshots.window }).from(metricSnapshots).where(and(eq(metricSnapshots.jobId, seed.jobIds[0]!)));
    expect(learned).toHaveLength(3);
    const marked = (await db.select().from(metricSnapshots).where(eq(metricSnapshots.jobId, seed.jobIds[0]!))).filter((s) => s.learnedAt !== null);
    expect(marked.map((s) => s.window)).toEqual(["72h"]);

    // 60 days later (two half-lives) the weights are a quarter, the lift is the same, and it is still trusted (samples are not decayed).
    const later = new Date(seed.now.getTime() + 60 * 86_400_000);
    const insight = (await patternInsights(db, workspace.id, { now: later })).find((i) => i.platform === "linkedin" && i.dimension === "hook" && i.value === "question")!;
    expect(insight.lift).toBeCloseTo(2.3, 6);
  });

  it("another workspace's job id learns nothing", async () => {
    const a = await createOwner();
    const b = await createOwner();
    const seed = await seedAnalytics({ workspaceId: a.workspace.id, actor: a.user });
    expect(await learnFromDelivery({ jobId: seed.jobIds[1]!, workspaceId: b.workspace.id })).toEqual({ learned: false });
    expect(await db.select().from(patternScores).where(eq(patternScores.workspaceId, b.workspace.id))).toEqual([]);
  });
});
