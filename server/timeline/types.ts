import "server-only";
import { z } from "zod";

export const timelineInput = z.object({ contentItemId: z.string().min(1).max(64) });
export type TimelineInput = z.infer<typeof timelineInput>;

export type TimelineKind = "request" | "stage" | "review" | "delivery" | "metrics";
export type TimelineOutcome = "ok" | "failed" | "skipped" | "running";

/** One event of an item's life, from the request to its metric snapshots. */
export type TimelineEntry = {
  at: Date;
  endAt: Date | null;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  actor: string | null;
  model: string | null;
  provider: string | null;
  costUsd: number | null;
  tokens: number | null;
  durationMs: number | null;
  outcome: TimelineOutcome | null;
  runId: string | null;
  stage: string | null;
  retryable: boolean;
};
