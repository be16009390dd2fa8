import "server-only";
import { DBOS } from "@dbos-inc/dbos-sdk";
import { collectMetrics as definition } from "@/workflows/definitions/collect-metrics";
import { stepRetry } from "@/workflows/definitions/step-retry";
import type { z } from "zod";
import { env } from "@/env";
import { learnFromDelivery } from "@/server/learn/apply-learning";
import { loadDelivery, pullMetrics, recordMiss, type PullResult } from "@/server/learn/pull-metrics";
import { metricWindows, sleepMsUntil } from "@/server/learn/windows";

export type CollectMetricsResult = { status: "done" | "skipped"; stored: string[]; missed: string[]; learned: boolean };


/** A failing pull is retried inside its step with exponential backoff, then recorded as missed. */
export const pullMaxAttempts = 5;
const dbRetry = definition.stepRetry;

/**
 * One delivery's metrics (started by the publish workflow after it delivers, on the `metrics`
 * queue): for +6 h, +24 h and +72 h after the stored published_at — durable sleep until due
 * (at once if already due) → pull (retried with backoff) → snapshot, or a recorded miss. Then the
 * latest snapshot feeds the workspace's pattern scores. One workflow per delivery, so a slow or
 * failing platform never holds up another delivery's pulls.
 */
async function collectMetrics(raw: z.infer<typeof definition.input>): Promise<CollectMetricsResult> {
  const ids = definition.input.parse(raw);
  const publishedAt = await DBOS.runStep(
    async () => {
      const delivery = await loadDelivery(ids);
      return delivery?.job.status === "published" && delivery.job.publishedAt ? delivery.job.publishedAt.toISOString() : null;
    },
    { name: "load", ...dbRetry },
  );
  const result: CollectMetricsResult = { status: "done", stored: [], missed: [], learned: false };
  if (!publishedAt) return { ...result, status: "skipped" };

  for (const { name: window } of metricWindows) {
    const now = await DBOS.runStep(() => Promise.resolve(Date.now()), { name: `now-${window}` });
    const waitMs = sleepMsUntil(new Date(publishedAt), window, now);
    if (waitMs > 0) await DBOS.sleep(waitMs);
    let tries = 0;
    let pulled: PullResult;
    try {
      pulled = await DBOS.runStep(() => pullMetrics(ids, window, ++tries), {
        name: `pull-${window}`,
        ...stepRetry(pullMaxAttempts, env.PUBLISH_RETRY_BASE_SECONDS),
      });
    } catch (error) {
      const reason = `Gave up after ${pullMaxAttempts} tries: ${error instanceof Error ? error.message : String(error)}`;
      await DBOS.runStep(() => recordMiss(ids, window, reason, pullMaxAttempts), { name: `miss-${window}`, ...dbRetry });
      result.missed.push(window);
      continue;
    }
    if (pulled.status === "skipped") return { ...result, status: "skipped" };
    if (pulled.status === "permanent") {
      await DBOS.runStep(() => recordMiss(ids, window, pulled.reason ?? "refused", tries), { name: `miss-${window}`, ...dbRetry });
      result.missed.push(window);
      continue;
    }
    result.stored.push(window);
  }
  const learned = await DBOS.runStep(() => learnFromDelivery(ids), { name: "learn", ...dbRetry });
  return { ...result, learned: learned.learned };
}

export const collectMetricsWorkflow = DBOS.registerWorkflow(collectMetrics, { name: definition.name });
