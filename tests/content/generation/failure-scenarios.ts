/** Runs that do not reach review — and how they end, say why, and resume from the failed stage. */
import { and, eq } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { writeOffline } from "@/server/ai/offline/offline-writer";
import type { Draft } from "@/server/ai/stage-schemas";
import { requestContent } from "@/server/content/request-content";
import { db } from "@/server/db/client";
import { auditLog, generationSteps } from "@/server/db/schema";
import { dbosClient } from "@/server/workflows/dbos-client";
import { callerFor, createOwner } from "@/tests/factories/users";
import { addProvider, briefFor, runRecord, serviceContext, socialRequest, waitForRun } from "../support/fixtures";
import { startStageServer, type StageServer } from "../support/stage-model-server";
import type { Harness } from "./harness";

const tooLongForX = `${"Usage-based pricing rewards the customers who grow with you. ".repeat(6)}#SaaS`;

export function failureScenarios(h: Harness) {
  const servers: StageServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  async function setup(kind: "openai" | "openai-compatible" = "openai-compatible") {
    const owner = await createOwner();
    const model = await startStageServer(briefFor());
    servers.push(model);
    await addProvider(owner.workspace.id, { kind, label: kind === "openai" ? "OpenAI" : "Local", baseUrl: model.baseURL, model: "gpt-4o-mini", priority: 0, apiKey: "sk-test-key" });
    return { ...owner, model, caller: callerFor(owner.user) };
  }

  it("a violation revise never repairs fails the run with the cause, and the item never reaches review", async () => {
    const { workspace, model, caller } = await setup();
    const draft = writeOffline({ stage: "draft", brief: briefFor() }).object as Draft;
    const broken = { json: { ...draft, posts: [{ platform: "x", parts: [tooLongForX] }, draft.posts[1]] } };
    model.on("draft", () => broken);
    model.on("revise", () => broken);
    const { runId } = await caller.content.request({ workspaceSlug: workspace.slug, ...socialRequest });
    const run = await waitForRun(runId, undefined, 20_000, h.output);
    expect(run.status).toBe("failed");
    expect(run.error).toMatchObject({ stage: "revise", cause: "the draft kept exceeding X's 280 characters", retryable: true });
    const { item, steps, versions, events } = await runRecord(runId);
    expect(item.status).toBe("generation_failed");
    expect([model.count("critique"), model.count("revise"), model.count("seo")]).toEqual([2, 2, 0]);
    expect(steps.find((s) => s.stage === "revise" && s.round === 2)).toMatchObject({ outcome: "rejected" });
    expect(versions.some((v) => v.source === "final")).toBe(false);
    expect(events.some((e) => /Ready for review/.test(e.message))).toBe(false);
    expect(events.at(-1)).toMatchObject({ level: "error" });
  });

  it("a rejected API key fails the run at that stage; retry forks there and does not repeat earlier stages", async () => {
    const { workspace, model, caller } = await setup("openai");
    model.on("draft", () => ({ status: 401, message: "Incorrect API key provided" }));
    const { runId } = await caller.content.request({ workspaceSlug: workspace.slug, ...socialRequest });
    const failed = await waitForRun(runId, undefined, 20_000, h.output);
    expect(failed.status).toBe("failed");
    expect(failed.error).toEqual({ stage: "draft", message: expect.stringMatching(/draft stage failed/), cause: "OpenAI rejected the API key", retryable: false });
    expect((await runRecord(runId)).item.status).toBe("generation_failed");

    model.on("draft", null); // the key was fixed
    const retried = await caller.content.retryRun({ workspaceSlug: workspace.slug, runId });
    expect(retried).toEqual({ runId, fromStage: "the draft stage" });
    const run = await waitForRun(runId, undefined, 20_000, h.output);
    expect(run.status).toBe("succeeded");
    expect(run.workflowId).toMatch(new RegExp(`^gen:${runId}:retry-`));
    expect([model.count("research"), model.count("outline"), model.count("draft")]).toEqual([1, 1, 2]);
    const { item, steps } = await runRecord(runId);
    expect(item.status).toBe("in_review");
    expect(steps.find((s) => s.stage === "draft")).toMatchObject({ outcome: "succeeded" });
    const dbos = await dbosClient();
    await expect.poll(async () => (await dbos.getWorkflow(run.workflowId))?.status, { timeout: 5_000 }).toBe("SUCCESS");
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.targetId, runId), eq(auditLog.action, "content.run_retried")));
    expect(audit).toHaveLength(1);
    await expect(caller.content.retryRun({ workspaceSlug: workspace.slug, runId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("cancel: the run and item are cancelled at once, the model call is aborted and no later stage runs", async () => {
    const { workspace, model, caller } = await setup();
    model.on("outline", () => ({ hang: true }));
    const { runId } = await caller.content.request({ workspaceSlug: workspace.slug, ...socialRequest });
    await model.waitFor("outline");
    expect(await caller.content.cancelRun({ workspaceSlug: workspace.slug, runId })).toEqual({ runId, status: "cancelled" });
    const { run, item, events } = await runRecord(runId);
    expect([run.status, item.status]).toEqual(["cancelled", "cancelled"]);
    expect(events.at(-1)).toMatchObject({ message: "Cancelled.", level: "warn" });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.targetId, runId), eq(auditLog.action, "content.run_cancelled")));
    expect(audit).toHaveLength(1);
    const wf = await dbosClient();
    await expect.poll(async () => (await wf.getWorkflow(`gen:${runId}`))?.status, { timeout: 10_000 }).toBe("CANCELLED");
    await expect
      .poll(async () => (await db.select().from(generationSteps).where(and(eq(generationSteps.runId, runId), eq(generationSteps.stage, "outline"))))[0]?.outcome, { timeout: 10_000 })
      .toBe("cancelled");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(model.count("draft")).toBe(0);
    expect((await runRecord(runId)).run.status).toBe("cancelled");
    await expect(caller.content.cancelRun({ workspaceSlug: workspace.slug, runId })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("timeout: a stage stuck past the run's deadline ends the run as timed out; retry resumes at that stage", async () => {
    const { user, workspace, model, caller } = await setup();
    model.on("outline", () => ({ hang: true }));
    const { runId } = await requestContent(serviceContext(user, workspace), socialRequest, { timeoutMs: 1_500 });
    const run = await waitForRun(runId, undefined, 15_000, h.output);
    expect(run.status).toBe("timed_out");
    expect(run.error).toMatchObject({ stage: "outline", cause: expect.stringMatching(/ran out of time during the outline stage/), retryable: true });
    const { item, steps } = await runRecord(runId);
    expect(item.status).toBe("generation_failed");
    expect(steps.find((s) => s.stage === "outline")).toMatchObject({ outcome: "timed_out" });
    expect(model.count("draft")).toBe(0);

    model.on("outline", null);
    await caller.content.retryRun({ workspaceSlug: workspace.slug, runId });
    expect((await waitForRun(runId, undefined, 20_000, h.output)).status).toBe("succeeded");
    expect([model.count("research"), model.count("outline"), model.count("draft")]).toEqual([1, 2, 1]);
  });
}
