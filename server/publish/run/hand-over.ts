import "server-only";

/**
 * Waiting is not holding (issue #14): a publish workflow that has to wait — for its next attempt
 * after a transient failure, for a platform's rate-limit reset, or for a run_at moved later after it
 * was released — does not sleep in its queue slot. It points the job at a successor workflow and
 * ends; the successor is enqueued DELAYED (no slot, no partition concurrency) until it is due.
 *
 * Ids: a run's first workflow is `publish:<job>:<run>` (create-jobs, retryJob); its successors are
 * `<that>:attempt-<n>` and `<that>:at-<epoch ms>`, so every hand-over is deterministic and a replay
 * enqueues nothing twice. Exactly-once delivery is untouched: attempt rows are numbered per job
 * (publish_jobs.attempts), so the successor's attempt sees the previous one's outcome (an unknown
 * outcome is checked with findExisting before anything is sent again).
 */
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/server/db/client";
import { channels, publishJobs } from "@/server/db/schema";
import { publishQueueName } from "@/workflows/names";

/** The run's first workflow id: the current id without its successor suffixes. */
export function runBaseId(workflowId: string): string {
  return workflowId.replace(/(?::(?:attempt-\d+|at-\d+))+$/, "");
}

export const attemptWorkflowId = (workflowId: string, attempt: number) => `${runBaseId(workflowId)}:attempt-${attempt}`;
export const waitWorkflowId = (workflowId: string, at: number) => `${runBaseId(workflowId)}:at-${at}`;

export type Successor = { queueName: string; partitionKey: string };

/**
 * Records the successor on the job, only while this workflow is still the job's own and the job
 * still wants publishing (a member's cancel or retry in between wins). Returns where to enqueue it.
 */
export async function handOverJob(ids: { jobId: string; workspaceId: string }, fromWorkflowId: string, toWorkflowId: string): Promise<Successor | null> {
  const [row] = await db
    .select({ workflowId: publishJobs.workflowId, status: publishJobs.status, channelId: channels.id, kind: channels.kind })
    .from(publishJobs)
    .innerJoin(channels, and(eq(channels.id, publishJobs.channelId), eq(channels.workspaceId, publishJobs.workspaceId)))
    .where(and(eq(publishJobs.workspaceId, ids.workspaceId), eq(publishJobs.id, ids.jobId)));
  if (!row) return null;
  // A replay after the update committed: the successor is already ours.
  if (row.workflowId === toWorkflowId) return { queueName: publishQueueName(row.kind), partitionKey: row.channelId };
  const updated = await db
    .update(publishJobs)
    .set({ workflowId: toWorkflowId })
    .where(
      and(
        eq(publishJobs.workspaceId, ids.workspaceId),
        eq(publishJobs.id, ids.jobId),
        eq(publishJobs.workflowId, fromWorkflowId),
        inArray(publishJobs.status, ["scheduled", "publishing", "retrying"]),
      ),
    )
    .returning({ id: publishJobs.id });
  return updated.length > 0 ? { queueName: publishQueueName(row.kind), partitionKey: row.channelId } : null;
}
