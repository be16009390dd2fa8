/**
 * Content rows written directly (no workflow behind them), for tests of reads, tenancy and roles
 * that must not change while they look: an item in review with two versions and a finished run
 * (steps and events), an item whose run is still running, and one whose run failed.
 */
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/server/db/client";
import { auditLog, contentItems, contentVersions, generationRuns, generationSteps, runEvents } from "@/server/db/schema";
import { socialRequest } from "./fixtures";

async function item(workspaceId: string, status: "in_review" | "generating" | "generation_failed", title: string) {
  const [row] = await db.insert(contentItems).values({ workspaceId, kind: "social", status, title, request: socialRequest, currentVersion: status === "in_review" ? 2 : 0 }).returning();
  return row!;
}

async function run(workspaceId: string, contentItemId: string, status: "succeeded" | "running" | "failed") {
  const id = crypto.randomUUID();
  const error = status === "failed" ? { stage: "draft", message: "The draft stage failed.", cause: "OpenAI rejected the API key", retryable: false } : null;
  await db.insert(generationRuns).values({ id, workspaceId, contentItemId, workflowId: `gen:${id}`, status, stage: "draft", percent: 40, error, deadlineAt: new Date(Date.now() + 600_000) });
  return id;
}

export async function seedContent(workspaceId: string) {
  const review = await item(workspaceId, "in_review", "Pricing in review");
  const runId = await run(workspaceId, review.id, "succeeded");
  await db.insert(contentVersions).values([
    { workspaceId, contentItemId: review.id, number: 1, source: "draft", runId, title: "First", body: "First body", posts: [] },
    { workspaceId, contentItemId: review.id, number: 2, source: "final", runId, title: "Final", body: "Final body", posts: [{ platform: "x", parts: ["Final post"] }], qualityScore: 9 },
  ]);
  const now = new Date();
  await db.insert(generationSteps).values([
    { workspaceId, runId, stage: "draft", round: 0, provider: "openai", model: "gpt-4o-mini", tokensIn: 100, tokensOut: 50, costUsd: "0.000045", durationMs: 900, outcome: "succeeded", startedAt: now, finishedAt: now },
    { workspaceId, runId, stage: "critique", round: 1, provider: "openai", model: "gpt-4o-mini", tokensIn: 80, tokensOut: 20, costUsd: "0.000024", durationMs: 500, outcome: "succeeded", startedAt: now, finishedAt: now },
  ]);
  await db.insert(runEvents).values([
    { workspaceId, runId, stage: "draft", percent: 40, message: "Draft done." },
    { workspaceId, runId, stage: null, percent: 100, message: "Ready for review." },
  ]);
  const running = await item(workspaceId, "generating", "Still running");
  const runningRunId = await run(workspaceId, running.id, "running");
  const failed = await item(workspaceId, "generation_failed", "Failed one");
  const failedRunId = await run(workspaceId, failed.id, "failed");
  return { reviewItemId: review.id, runId, runningItemId: running.id, runningRunId, failedItemId: failed.id, failedRunId };
}

/** Every content row of a workspace (and its audit log), to prove nothing changed. */
export async function snapshotContent(workspaceId: string) {
  const items = await db.select().from(contentItems).where(eq(contentItems.workspaceId, workspaceId)).orderBy(asc(contentItems.id));
  const runs = await db.select().from(generationRuns).where(eq(generationRuns.workspaceId, workspaceId)).orderBy(asc(generationRuns.id));
  const runIds = runs.map((r) => r.id);
  return {
    items,
    runs,
    versions: await db.select().from(contentVersions).where(eq(contentVersions.workspaceId, workspaceId)).orderBy(asc(contentVersions.id)),
    events: runIds.length ? await db.select().from(runEvents).where(inArray(runEvents.runId, runIds)).orderBy(asc(runEvents.id)) : [],
    audit: await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(asc(auditLog.id)),
  };
}
