/** Runs that reach review: a configured provider, the offline writer, fallback, malformed output, a repaired violation. */
import { eq } from "drizzle-orm";
import type { WritingBrief } from "@/lib/ai/brief";
import { writeOffline } from "@/server/ai/offline/offline-writer";
import type { Draft } from "@/server/ai/stage-schemas";
import { afterEach, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { auditLog } from "@/server/db/schema";
import { dbosClient } from "@/server/workflows/dbos-client";
import { unusedBaseURL } from "@/tests/support/fake-openai";
import { callerFor, createOwner } from "@/tests/factories/users";
import { addProvider, briefFor, brand, runRecord, saveBrandBook, socialRequest, waitForRun } from "../support/fixtures";
import { startStageServer, type StageServer } from "../support/stage-model-server";
import type { Harness } from "./harness";

export function successScenarios(h: Harness) {
  const servers: StageServer[] = [];
  const server = async () => {
    const s = await startStageServer(briefFor());
    servers.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it("happy path: an OpenAI provider (sealed key) takes a social request to review, recording every stage", async () => {
    const { user, workspace } = await createOwner();
    await saveBrandBook(workspace.id);
    const model = await server();
    await addProvider(workspace.id, { kind: "openai", label: "OpenAI", baseUrl: model.baseURL, model: "gpt-4o-mini", priority: 0, apiKey: "sk-test-happy-path-key" });
    model.on("seo", () => ({ ...model.offline("seo"), delayMs: 300 }));
    model.on("image", () => ({ ...model.offline("image"), delayMs: 300 }));

    const started = Date.now();
    const { contentItemId, runId } = await callerFor(user).content.request({ workspaceSlug: workspace.slug, ...socialRequest });
    const run = await waitForRun(runId, undefined, 20_000, h.output);
    const elapsed = Date.now() - started;

    expect(run.status).toBe("succeeded");
    const { item, steps, versions, events } = await runRecord(runId);
    expect(item).toMatchObject({ id: contentItemId, status: "in_review", brandBookVersion: 1 });
    expect(steps.map((s) => `${s.stage}#${s.round}:${s.outcome}`).sort()).toEqual(
      ["research#0:succeeded", "outline#0:succeeded", "draft#0:succeeded", "critique#1:succeeded", "seo#0:succeeded", "image#0:succeeded", "image-asset#0:skipped"].sort(),
    );
    for (const step of steps.filter((s) => s.outcome === "succeeded")) {
      expect(step).toMatchObject({ provider: "openai", model: "gpt-4o-mini", tokensIn: 120, tokensOut: 80 });
      expect(Number(step.costUsd)).toBeGreaterThan(0);
    }
    expect(steps.find((s) => s.stage === "image-asset")?.error).toBe("skipped: no image provider");
    expect(versions.map((v) => v.source)).toEqual(expect.arrayContaining(["research", "outline", "draft", "critique#1", "seo", "image", "final"]));
    const final = versions.find((v) => v.source === "final")!;
    expect(item.currentVersion).toBe(final.number);
    expect(final.posts.map((p) => p.platform)).toEqual(["x", "linkedin"]);
    expect(final.seo?.metaDescription.length).toBeLessThanOrEqual(160);
    expect(final.image?.prompt).toBeTruthy();
    expect(item.title).toBe(final.seo?.title);
    // SEO and image ran side by side.
    const [seo, image] = [steps.find((s) => s.stage === "seo")!, steps.find((s) => s.stage === "image")!];
    expect(seo.startedAt < image.finishedAt && image.startedAt < seo.finishedAt).toBe(true);
    expect(events.at(-1)).toMatchObject({ percent: 100, level: "info" });
    expect(events.at(-1)?.message).toMatch(/^Ready for review/);
    // The key was unsealed in the worker and sent to the provider; the brand book went into the prompts.
    expect(model.requests.every((r) => r.authorization === "Bearer sk-test-happy-path-key")).toBe(true);
    expect(model.requests[0]!.system).toContain(brand.voice);
    expect(model.requests[0]!.system).toContain("synergy");
    // DBOS marks the workflow done just after its last step commits the run's success.
    const dbos = await dbosClient();
    await expect.poll(async () => (await dbos.getWorkflow(`gen:${runId}`))?.status, { timeout: 5_000 }).toBe("SUCCESS");
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.targetId, contentItemId));
    expect(audit).toMatchObject({ action: "content.requested", actorId: user.id });
    console.info(`happy path: request → in_review in ${elapsed} ms`);
  });

  it("offline writer: with no provider configured anywhere the run reaches review, labelled offline and free", async () => {
    const { user, workspace } = await createOwner();
    const { runId } = await callerFor(user).content.request({ workspaceSlug: workspace.slug, ...socialRequest });
    const run = await waitForRun(runId, undefined, 20_000, h.output);
    expect(run.status).toBe("succeeded");
    const { item, steps } = await runRecord(runId);
    expect(item.status).toBe("in_review");
    for (const step of steps.filter((s) => s.outcome === "succeeded")) {
      expect(step).toMatchObject({ provider: "offline", model: "loomcast-offline-writer-1", costUsd: "0.000000" });
    }
  });

  it("a blog post (offline writer) ends with exactly one H1, its heading structure and clean SEO fields", async () => {
    const { user, workspace } = await createOwner();
    const request = { ...socialRequest, kind: "blog" as const, platforms: [], wordCount: 300 };
    const { runId } = await callerFor(user).content.request({ workspaceSlug: workspace.slug, ...request });
    expect((await waitForRun(runId, undefined, 20_000, h.output)).status).toBe("succeeded");
    const final = (await runRecord(runId)).versions.find((v) => v.source === "final")!;
    const lines = final.body.split("\n");
    const h1s = lines.filter((l) => /^# /.test(l));
    expect(h1s).toHaveLength(1);
    expect(final.seo).toMatchObject({ h1: h1s[0]!.slice(2), headings: lines.filter((l) => /^## /.test(l)).map((l) => l.slice(3)) });
    expect(final.seo!.headings.length).toBeGreaterThan(0);
    expect(final.seo!.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(final.seo!.metaDescription.length).toBeLessThanOrEqual(160);
    expect(final.posts).toEqual([]);
  });

  it("provider down: every stage falls back to the second provider", async () => {
    const { user, workspace } = await createOwner();
    const backup = await server();
    await addProvider(workspace.id, { kind: "openai-compatible", label: "Primary", baseUrl: await unusedBaseURL(), model: "llama3.1", priority: 0 });
    await addProvider(workspace.id, { kind: "openai-compatible", label: "Backup", baseUrl: backup.baseURL, model: "llama3.1", priority: 1 });
    const { runId } = await callerFor(user).content.request({ workspaceSlug: workspace.slug, ...socialRequest });
    const run = await waitForRun(runId, undefined, 30_000, h.output);
    expect(run.status).toBe("succeeded");
    const { steps, events } = await runRecord(runId);
    const answered = steps.filter((s) => s.outcome === "succeeded");
    expect(answered.every((s) => s.provider === "backup")).toBe(true);
    const research = steps.find((s) => s.stage === "research")!;
    expect((research.attempts as Array<{ provider: string; outcome: string }>).map((a) => `${a.provider}:${a.outcome}`)).toEqual(
      expect.arrayContaining(["primary:transient_error", "backup:success"]),
    );
    expect(events.some((e) => e.level === "warn" && /primary\/llama3\.1 failed .*answered by backup/.test(e.message))).toBe(true);
  });

  it("malformed model output: retried, then answered by the next provider, and recorded", async () => {
    const { user, workspace } = await createOwner();
    const [broken, good] = [await server(), await server()];
    broken.on("draft", () => ({ text: "Sure! Here is your draft: it is great." }));
    await addProvider(workspace.id, { kind: "openai-compatible", label: "Broken", baseUrl: broken.baseURL, model: "m1", priority: 0 });
    await addProvider(workspace.id, { kind: "openai-compatible", label: "Good", baseUrl: good.baseURL, model: "m2", priority: 1 });
    const { runId } = await callerFor(user).content.request({ workspaceSlug: workspace.slug, ...socialRequest });
    expect((await waitForRun(runId, undefined, 20_000, h.output)).status).toBe("succeeded");
    const { steps } = await runRecord(runId);
    const draft = steps.find((s) => s.stage === "draft")!;
    expect(draft.provider).toBe("good");
    expect((draft.attempts as Array<{ outcome: string }>).map((a) => a.outcome)).toEqual(["malformed_output", "malformed_output", "success"]);
    expect(broken.count("draft")).toBe(2);
    expect(steps.find((s) => s.stage === "research")!.provider).toBe("broken");
  });

  it("a platform-limit violation (X post over 280 characters) is repaired by revise and reaches review", async () => {
    const { user, workspace } = await createOwner();
    const model = await server();
    const long = `${"Usage-based pricing rewards the customers who grow with you. ".repeat(6)}#SaaS`;
    const valid = briefFor();
    model.on("draft", () => ({ json: { ...offlineDraft(valid), posts: [{ platform: "x", parts: [long] }, offlineDraft(valid).posts[1]] } }));
    await addProvider(workspace.id, { kind: "openai-compatible", label: "Local", baseUrl: model.baseURL, model: "llama3.1", priority: 0 });
    const { runId } = await callerFor(user).content.request({ workspaceSlug: workspace.slug, ...socialRequest });
    expect((await waitForRun(runId, undefined, 20_000, h.output)).status).toBe("succeeded");
    const { item, steps, versions } = await runRecord(runId);
    expect(item.status).toBe("in_review");
    expect(steps.map((s) => `${s.stage}#${s.round}`)).toEqual(expect.arrayContaining(["critique#1", "revise#1", "critique#2"]));
    expect([model.count("critique"), model.count("revise")]).toEqual([2, 1]);
    expect(versions.find((v) => v.source === "draft")!.posts[0]!.parts[0]).toBe(long);
    const final = versions.find((v) => v.source === "final")!;
    expect(final.posts[0]!.parts[0]!.length).toBeLessThanOrEqual(280);
  });
}

function offlineDraft(brief: WritingBrief): Draft {
  return writeOffline({ stage: "draft", brief }).object as Draft;
}
