import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { auditLog, contentItems, generationRuns, runEvents } from "@/server/db/schema";
import { formErrorsOf } from "../factories/errors";
import { callerFor, createOwner } from "../factories/users";
import { socialRequest } from "./support/fixtures";
import { seedContent } from "./support/seed-content";

/** content.request (validation, what one request writes) and the read procedures' shapes. */
let owner: Awaited<ReturnType<typeof createOwner>>;
let caller: ReturnType<typeof callerFor>;
beforeAll(async () => {
  owner = await createOwner();
  caller = callerFor(owner.user);
});

const itemCount = async (workspaceId: string) => (await db.select().from(contentItems).where(eq(contentItems.workspaceId, workspaceId))).length;

describe("content.request", () => {
  it.each([
    ["a two-letter topic", { topic: "AI" }, "topic", "Give the topic in a few words"],
    ["a social post without platforms", { platforms: [] }, "platforms", "Pick at least one platform"],
    ["a thread on LinkedIn", { kind: "thread", platforms: ["linkedin"] }, "platforms", "LinkedIn has no threads; use a single post there"],
    ["a 30 % tolerance", { tolerancePct: 30 }, "tolerancePct", "Tolerance is 5–20 %"],
    ["a 20-word blog post", { kind: "blog", platforms: [], wordCount: 20 }, "wordCount", "A blog post needs at least 50 words"],
    ["the same platform twice", { platforms: ["x", "x"] }, "platforms", "Each platform only once"],
  ])("rejects %s with a clear field message and writes nothing", async (_case, change, field, message) => {
    const before = await itemCount(owner.workspace.id);
    const errors = await formErrorsOf(caller.content.request({ workspaceSlug: owner.workspace.slug, ...socialRequest, ...change } as never));
    expect(errors.code).toBe("BAD_REQUEST");
    expect(errors.fieldErrors[field]).toContain(message);
    expect(await itemCount(owner.workspace.id)).toBe(before);
  });

  it("writes the item, the queued run, its first event, the audit record and the partitioned workflow together", async () => {
    const before = Date.now();
    const { contentItemId, runId } = await caller.content.request({ workspaceSlug: owner.workspace.slug, ...socialRequest, topic: "  Pricing pages that convert  " });
    const [item] = await db.select().from(contentItems).where(eq(contentItems.id, contentItemId));
    expect(item).toMatchObject({ workspaceId: owner.workspace.id, kind: "social", status: "generating", title: "Pricing pages that convert", createdById: owner.user.id, brandBookVersion: null });
    expect(item!.request).toMatchObject({ platforms: ["x", "linkedin"], wordCount: 40, tolerancePct: 20, strict: false });
    const [run] = await db.select().from(generationRuns).where(eq(generationRuns.id, runId));
    expect(run).toMatchObject({ contentItemId, workflowId: `gen:${runId}`, percent: 0 });
    expect(run!.deadlineAt.getTime() - before).toBeGreaterThanOrEqual(600_000 - 1_000);
    expect(run!.deadlineAt.getTime() - before).toBeLessThanOrEqual(600_000 + 5_000);
    const events = await db.select().from(runEvents).where(eq(runEvents.runId, runId));
    expect(events.map((e) => e.message)).toContain("Queued for generation.");
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.targetId, contentItemId), eq(auditLog.action, "content.requested")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toMatchObject({ kind: "social", runId });
    const { rows } = await db.execute<{ queue_name: string; queue_partition_key: string; workflow_timeout_ms: string; name: string }>(
      sql`select queue_name, queue_partition_key, workflow_timeout_ms, name from dbos.workflow_status where workflow_uuid = ${`gen:${runId}`}`,
    );
    expect(rows[0]).toMatchObject({ queue_name: "generation", queue_partition_key: owner.workspace.id, name: "generateContent" });
    expect(Number(rows[0]!.workflow_timeout_ms)).toBe(600_000 + 30_000);
  });

  it("records the brand book version the item was requested with", async () => {
    const other = await createOwner();
    await callerFor(other.user).brand.save({ workspaceSlug: other.workspace.slug, voice: "Short and sharp." });
    const { contentItemId } = await callerFor(other.user).content.request({ workspaceSlug: other.workspace.slug, ...socialRequest });
    const [item] = await db.select().from(contentItems).where(eq(contentItems.id, contentItemId));
    expect(item!.brandBookVersion).toBe(1);
  });
});

describe("reading content", () => {
  let ids: Awaited<ReturnType<typeof seedContent>>;
  let reader: Awaited<ReturnType<typeof createOwner>>;
  beforeAll(async () => {
    reader = await createOwner();
    ids = await seedContent(reader.workspace.id);
  });
  const slug = () => reader.workspace.slug;

  it("content.list filters by status and kind and pages with a cursor, newest first", async () => {
    const c = callerFor(reader.user);
    const first = await c.content.list({ workspaceSlug: slug(), limit: 2 });
    expect(first.items.map((i) => i.title)).toEqual(["Failed one", "Still running"]);
    expect(first.items[0]).toMatchObject({ platforms: ["x", "linkedin"], latestRun: { id: ids.failedRunId, status: "failed" } });
    const second = await c.content.list({ workspaceSlug: slug(), limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.title)).toEqual(["Pricing in review"]);
    expect(second.nextCursor).toBeNull();
    expect((await c.content.list({ workspaceSlug: slug(), status: "in_review" })).items.map((i) => i.id)).toEqual([ids.reviewItemId]);
    expect((await c.content.list({ workspaceSlug: slug(), kind: "blog" })).items).toEqual([]);
    await expect(c.content.list({ workspaceSlug: slug(), cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("content.get returns the item, its current version and its runs with steps and totals", async () => {
    const result = await callerFor(reader.user).content.get({ workspaceSlug: slug(), contentItemId: ids.reviewItemId });
    expect(result.item).toMatchObject({ id: ids.reviewItemId, status: "in_review", currentVersion: 2 });
    expect(result.currentVersion).toMatchObject({ number: 2, title: "Final", qualityScore: 9 });
    expect(result.runs).toHaveLength(1);
    expect(result.runs[0]).toMatchObject({ id: ids.runId, status: "succeeded", retryable: false, totals: { tokensIn: 180, tokensOut: 70, costUsd: 0.000069 } });
    expect(result.runs[0]!.steps.map((s) => `${s.stage}#${s.round}`)).toEqual(["draft#0", "critique#1"]);
    expect(result.runs[0]!.steps[0]).toMatchObject({ provider: "openai", costUsd: 0.000045 });
    expect(JSON.stringify(result)).not.toContain("workspaceId");
  });

  it("content.versions lists every version, newest first, marking the current one", async () => {
    const versions = await callerFor(reader.user).content.versions({ workspaceSlug: slug(), contentItemId: ids.reviewItemId });
    expect(versions.map((v) => [v.number, v.source, v.current])).toEqual([
      [2, "final", true],
      [1, "draft", false],
    ]);
  });

  it("content.run returns the run with its steps and its last events in order; a failed run says why and that it can be retried", async () => {
    const c = callerFor(reader.user);
    const run = await c.content.run({ workspaceSlug: slug(), runId: ids.runId });
    expect(run.events.map((e) => e.message)).toEqual(["Draft done.", "Ready for review."]);
    expect((await c.content.run({ workspaceSlug: slug(), runId: ids.runId, events: 1 })).events.map((e) => e.message)).toEqual(["Ready for review."]);
    const failed = await c.content.run({ workspaceSlug: slug(), runId: ids.failedRunId });
    expect(failed).toMatchObject({ status: "failed", retryable: true, error: { stage: "draft", cause: "OpenAI rejected the API key" } });
  });

  it("cancelRun and retryRun refuse runs in the wrong state", async () => {
    const c = callerFor(reader.user);
    await expect(c.content.cancelRun({ workspaceSlug: slug(), runId: ids.runId })).rejects.toMatchObject({ code: "CONFLICT", message: "This run has already ended (succeeded)." });
    await expect(c.content.retryRun({ workspaceSlug: slug(), runId: ids.runningRunId })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
