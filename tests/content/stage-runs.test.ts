import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { researchNotesSchema } from "@/server/ai/stage-schemas";
import { db } from "@/server/db/client";
import { contentItems, contentVersions, generationRuns, generationSteps } from "@/server/db/schema";
import { loadGenerationPlan } from "@/server/generation/load-plan";
import { systemPrompt } from "@/server/generation/prompts/system-prompt";
import { runStage } from "@/server/generation/run-stage";
import { researchStage } from "@/server/generation/stage/plan-stages";
import { createOwner } from "../factories/users";
import { addProvider, brand, briefFor, saveBrandBook, socialRequest } from "./support/fixtures";
import { startStageServer, type StageServer } from "./support/stage-model-server";

/**
 * One stage run in this process (what the workflow's step does): running it again — as after a
 * crash — leaves one step row and one version; a workflow that no longer owns the run, or a run
 * past its deadline, writes nothing and stops.
 */
let model: StageServer;
beforeAll(async () => {
  model = await startStageServer(briefFor());
});
afterAll(() => model.close());

async function runFixture(options: { deadlineInMs?: number; feedback?: string } = {}) {
  const { workspace } = await createOwner();
  await addProvider(workspace.id, { kind: "openai-compatible", label: "Local", baseUrl: model.baseURL, model: "llama3.1", priority: 0 });
  await saveBrandBook(workspace.id);
  const [item] = await db
    .insert(contentItems)
    .values({ workspaceId: workspace.id, kind: "social", status: "generating", title: "t", request: socialRequest, brandBookVersion: 1 })
    .returning();
  const runId = crypto.randomUUID();
  const workflowId = `wf-owner-${runId}`;
  await db.insert(generationRuns).values({
    id: runId,
    workspaceId: workspace.id,
    contentItemId: item!.id,
    workflowId,
    status: "running",
    feedback: options.feedback ?? null,
    deadlineAt: new Date(Date.now() + (options.deadlineInMs ?? 60_000)),
  });
  const ids = { runId, workspaceId: workspace.id, contentItemId: item!.id, workflowId };
  const plan = (await loadGenerationPlan(db, ids))!;
  const rows = async () => ({
    steps: await db.select().from(generationSteps).where(eq(generationSteps.runId, runId)),
    versions: await db.select().from(contentVersions).where(and(eq(contentVersions.contentItemId, item!.id))),
    run: (await db.select().from(generationRuns).where(eq(generationRuns.id, runId)))[0]!,
  });
  return { ids, plan, rows };
}

describe("a stage run", () => {
  it("is idempotent: running the same stage twice leaves one step row and rewrites its one version", async () => {
    const { ids, plan, rows } = await runFixture();
    const first = await runStage(ids, researchStage(plan));
    const second = await runStage(ids, researchStage(plan));
    expect(first).toMatchObject({ ok: true, version: 1 });
    expect(second).toMatchObject({ ok: true, version: 1 });
    const { steps, versions } = await rows();
    expect(steps.map((s) => [s.stage, s.round, s.outcome, s.provider])).toEqual([["research", 0, "succeeded", "local"]]);
    expect(versions.map((v) => [v.number, v.source])).toEqual([[1, "research"]]);
  });

  it("stops without writing when another workflow owns the run (a retry took it over)", async () => {
    const { ids, plan, rows } = await runFixture();
    const before = model.count("research");
    expect(await runStage({ ...ids, workflowId: "wf-stale" }, researchStage(plan))).toEqual({ ok: false, end: "superseded" });
    expect(model.count("research")).toBe(before);
    const { steps, versions, run } = await rows();
    expect([steps, versions, run.status]).toEqual([[], [], "running"]);
  });

  it("ends a run that is past its deadline as timed out before calling any model", async () => {
    const { ids, plan, rows } = await runFixture({ deadlineInMs: -1 });
    const before = model.count("research");
    expect(await runStage(ids, researchStage(plan))).toEqual({ ok: false, end: "timed_out" });
    expect(model.count("research")).toBe(before);
    const { run } = await rows();
    expect(run).toMatchObject({ status: "timed_out", error: { stage: "research", retryable: true } });
    const [item] = await db.select().from(contentItems).where(eq(contentItems.id, ids.contentItemId));
    expect(item!.status).toBe("generation_failed");
  });

  it("puts the brand book, the reviewer's feedback and the answer's JSON Schema into the prompt", async () => {
    const { ids, plan } = await runFixture({ feedback: "Lead with the customer story, not the numbers." });
    expect(plan.feedback).toBe("Lead with the customer story, not the numbers.");
    const prompt = systemPrompt("research", plan.brief, plan.feedback, researchNotesSchema);
    for (const part of ["Stage: research", brand.voice, "synergy", "#SaaS", "Book a free pricing review", "Lead with the customer story", '"keyPoints"']) {
      expect(prompt).toContain(part);
    }
    await runStage(ids, researchStage(plan));
    expect(model.requests.at(-1)!.system).toContain("Lead with the customer story");
  });
});
