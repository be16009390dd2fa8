/**
 * Steering, end to end in the real generation worker: the workspace's trusted patterns reach every
 * stage's system prompt (prefer the best, avoid the worst, per target platform), and the finished
 * item is tagged with its hook, angle, format and length.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { contentItems, contentVersions, patternScores } from "@/server/db/schema";
import { tagPatterns } from "@/server/learn/tag-patterns";
import { closeDbosClient } from "@/server/workflows/dbos-client";
import { seedAnalytics } from "../analytics/seed";
import { createHarness } from "../content/generation/harness";
import { addProvider, briefFor, saveBrandBook, socialRequest, waitForRun } from "../content/support/fixtures";
import { startStageServer } from "../content/support/stage-model-server";
import { callerFor, createOwner } from "../factories/users";

const h = createHarness();
beforeAll(() => h.start(), 60_000);
afterAll(async () => {
  await h.stop();
  await closeDbosClient();
});

describe("generation steered by the workspace's results", () => {
  it("puts trusted best and worst patterns into the prompts and tags the finished item", async () => {
    const { user, workspace } = await createOwner();
    await seedAnalytics({ workspaceId: workspace.id, actor: user });
    // A pattern that trails the median on LinkedIn (6 posts at half the median), and one not yet trusted.
    await db.insert(patternScores).values([
      { workspaceId: workspace.id, platform: "linkedin", dimension: "hook", value: "bold-claim", weight: 6, scoreSum: 3, signal: -3, samples: 6, decayedAt: new Date() },
      { workspaceId: workspace.id, platform: "linkedin", dimension: "hook", value: "quote", weight: 4, scoreSum: 20, signal: 4, samples: 4, decayedAt: new Date() },
    ]);
    await saveBrandBook(workspace.id);
    const model = await startStageServer(briefFor());
    try {
      await addProvider(workspace.id, { kind: "openai", label: "OpenAI", baseUrl: model.baseURL, model: "gpt-4o-mini", priority: 0, apiKey: "sk-test-steering" });
      const { contentItemId, runId } = await callerFor(user).content.request({ workspaceSlug: workspace.slug, ...socialRequest });
      const run = await waitForRun(runId, undefined, 30_000, h.output);
      expect(run.status).toBe("succeeded");

      const draftPrompt = model.requests.find((r) => r.stage === "draft")!.system;
      expect(draftPrompt).toContain("What has worked for this brand (from its own published results):");
      expect(draftPrompt).toContain("On LinkedIn, prefer: question hooks (2.3× the median)");
      expect(draftPrompt).toContain("On LinkedIn, avoid: bold-claim hooks (0.5× the median).");
      expect(draftPrompt).not.toContain("quote hooks"); // 4 samples: not trusted yet
      expect(draftPrompt).not.toMatch(/On X, (prefer|avoid)/u); // 4 posts on X: nothing trusted
      expect(model.requests.filter((r) => r.stage !== null).every((r) => r.system.includes("On LinkedIn, prefer:"))).toBe(true);

      const [item] = await db.select().from(contentItems).where(eq(contentItems.id, contentItemId));
      const [final] = await db.select().from(contentVersions).where(and(eq(contentVersions.contentItemId, contentItemId), eq(contentVersions.number, item!.currentVersion)));
      expect(item!.patterns).toEqual(tagPatterns(socialRequest, final!));
      expect(Object.keys(item!.patterns).sort()).toEqual(["angle", "format", "hook", "length"]);
    } finally {
      await model.close();
    }
  }, 60_000);
});
