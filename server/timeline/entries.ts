import "server-only";

/** Turns recorded rows into timeline entries (pure). */
import type { StageName } from "@/server/ai/stage-schemas";
import { stageLabels, stageTitle } from "@/server/generation/stages";
import { formatLift } from "@/server/learn/labels";
import type { ItemEvents } from "./load-events";
import type { TimelineEntry, TimelineOutcome } from "./types";

type Run = ItemEvents["runs"][number];
type Step = ItemEvents["steps"][number];

const blank = { endAt: null, detail: null, actor: null, model: null, provider: null, costUsd: null, tokens: null, durationMs: null, outcome: null, runId: null, stage: null, retryable: false } as const;
const failedStepOutcomes = new Set(["failed", "rejected", "timed_out"]);

function stepOutcome(outcome: string): TimelineOutcome {
  if (outcome === "succeeded") return "ok";
  if (failedStepOutcomes.has(outcome)) return "failed";
  return "skipped";
}

const stageName = (stage: string, round: number) => (stage in stageLabels ? stageTitle(stage as StageName, round) : stage.replace(/-/gu, " "));

export function stageEntries(runs: Run[], steps: Step[]): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const run of runs) {
    const mine = steps.filter((s) => s.runId === run.id);
    const failedRun = run.status === "failed" || run.status === "timed_out";
    const lastFailed = [...mine].reverse().find((s) => failedStepOutcomes.has(s.outcome));
    for (const s of mine) {
      out.push({
        ...blank,
        at: s.startedAt,
        endAt: s.finishedAt,
        kind: "stage",
        title: stageName(s.stage, s.round),
        detail: s.error ?? (s === lastFailed && run.error ? run.error.cause : null),
        model: s.model,
        provider: s.provider,
        costUsd: Number(s.costUsd),
        tokens: s.tokensIn + s.tokensOut,
        durationMs: s.durationMs,
        outcome: stepOutcome(s.outcome),
        runId: run.id,
        stage: s.stage,
        retryable: failedRun && s === lastFailed && run.error?.retryable !== false,
      });
    }
    if (failedRun && !lastFailed) {
      // The run failed outside a recorded stage (its deadline, the final check): still explained, still retryable.
      out.push({
        ...blank,
        at: run.finishedAt ?? run.updatedAt,
        kind: "stage",
        title: run.status === "timed_out" ? "Run timed out" : "Run failed",
        detail: run.error ? `${run.error.message} ${run.error.cause}`.trim() : null,
        outcome: "failed",
        runId: run.id,
        stage: run.error?.stage ?? run.stage,
        retryable: run.error?.retryable !== false,
      });
    }
    if (run.status === "queued" || run.status === "running") {
      out.push({ ...blank, at: run.startedAt ?? run.createdAt, kind: "stage", title: run.stage ? `${stageName(run.stage, 0)} (in progress)` : "Waiting to start", outcome: "running", runId: run.id, stage: run.stage });
    }
  }
  return out;
}

const decisionTitles = { approved: "Approved", changes_requested: "Changes requested", rejected: "Rejected" } as const;

export function reviewEntry(a: ItemEvents["reviews"][number]): TimelineEntry {
  return {
    ...blank,
    at: a.createdAt,
    kind: "review",
    title: `${decisionTitles[a.decision]} (version ${a.versionNumber}${a.step > 1 ? `, step ${a.step}` : ""})`,
    detail: a.comment,
    actor: a.actorLabel,
    outcome: a.decision === "approved" ? "ok" : "failed",
  };
}

const jobOutcome = { published: "ok", failed: "failed", cancelled: "skipped", scheduled: "running", publishing: "running", retrying: "running" } as const;

export function deliveryEntry(row: ItemEvents["jobs"][number]): TimelineEntry {
  const { job, channelName } = row;
  const titles = { published: `Published to ${channelName}`, failed: `Failed on ${channelName}`, cancelled: `Cancelled for ${channelName}`, scheduled: `Scheduled for ${channelName}`, publishing: `Publishing to ${channelName}`, retrying: `Retrying ${channelName}` };
  return {
    ...blank,
    at: job.publishedAt ?? (job.status === "failed" ? job.updatedAt : job.runAt),
    endAt: null,
    kind: "delivery",
    title: titles[job.status],
    detail: job.status === "published" ? job.permalink : (job.lastError?.message ?? null),
    actor: row.actorName ?? row.actorEmail ?? null,
    outcome: jobOutcome[job.status],
  };
}

export function snapshotEntry(row: ItemEvents["snapshots"][number]): TimelineEntry {
  const s = row.snap;
  const numbers = [
    [s.likes, "likes"],
    [s.comments, "comments"],
    [s.shares, "shares"],
    [Math.max(s.impressions, s.views), s.platform === "blog" ? "views" : "impressions"],
    [s.clicks, "clicks"],
    [s.saves, "saves"],
  ] as const;
  const detail =
    s.status === "ok"
      ? [...numbers.filter(([n]) => n > 0).map(([n, label]) => `${n.toLocaleString("en-US")} ${label}`), s.score !== null ? `${formatLift(s.score)} the channel's median` : null].filter(Boolean).join(" · ") || "No engagement yet"
      : `Not collected: ${s.error ?? "the platform did not answer"}`;
  return { ...blank, at: s.capturedAt, kind: "metrics", title: `Metrics after ${s.window} on ${row.channelName}`, detail, outcome: s.status === "ok" ? "ok" : "failed" };
}
