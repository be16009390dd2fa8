import "server-only";

/**
 * Live progress of one generation run: first the events after `lastEventId` from the table, then
 * new ones as this process's listener is notified of them, until the run reaches a terminal
 * status. No polling: between notifications the stream waits.
 *
 * The race between replay and live events is closed by subscribing before the first read: every
 * event committed after the read arrives as a notification, and events read twice are dropped
 * by id. Events are yielded with tracked ids, so a reconnecting client resumes after the last one.
 */
import { TRPCError, tracked } from "@trpc/server";
import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors/app-error";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";
import { runEventsListener } from "./listener";
import type { RunEventsListener } from "./run-events-listener";
import { eventBatch, isTerminal, readRunEvents, readRunStatus, type RunStatus } from "./run-progress-queries";
import { WakeupQueue } from "./wakeup-queue";

export interface RunProgressEvent {
  id: number;
  stage: string | null;
  percent: number;
  level: string;
  message: string;
  createdAt: Date;
  runStatus: RunStatus;
}

export interface StreamRunProgressInput {
  runId: string;
  lastEventId?: string | null;
}

/** Re-checked at every wake-up: false ends the stream (member removed, session ended). */
export type StillAllowed = () => Promise<boolean>;

interface Ctx {
  db: Db;
  workspace: Pick<WorkspaceRef, "id">;
}

/** Checks the run belongs to the workspace (NOT_FOUND otherwise), then returns the stream. */
export async function streamRunProgress(
  ctx: Ctx,
  input: StreamRunProgressInput,
  signal?: AbortSignal,
  listener: RunEventsListener = runEventsListener(),
  stillAllowed: StillAllowed = async () => true,
) {
  const scope = { workspaceId: ctx.workspace.id, runId: input.runId };
  if ((await readRunStatus(ctx.db, scope)) === null) throw notFound("Generation run");
  return stream(ctx.db, scope, Number(input.lastEventId ?? 0) || 0, listener, stillAllowed, signal);
}

async function* stream(
  db: Db,
  scope: { workspaceId: string; runId: string },
  startAfter: number,
  listener: RunEventsListener,
  stillAllowed: StillAllowed,
  signal?: AbortSignal,
) {
  if (listener.shuttingDown) throw shuttingDown();
  // Subscribed before the first read, so nothing committed after that read can be missed.
  const queue = new WakeupQueue();
  const unsubscribe = listener.subscribe(scope.runId, queue.push);
  let lastId = startAfter;
  const seen = new Set<number>();
  let outOfOrder: number[] = [];
  // Set once a terminal status has been seen: the next read drains what committed before it.
  let draining = false;
  try {
    for (;;) {
      const rows = await readRunEvents(db, { ...scope, afterId: lastId, ids: outOfOrder });
      outOfOrder = [];
      const status = await readRunStatus(db, scope);
      if (status === null) return;
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        lastId = Math.max(lastId, row.id);
        yield tracked(String(row.id), { ...row, runStatus: status } satisfies RunProgressEvent);
      }
      if (rows.length >= eventBatch) continue;
      if (draining) return;
      if (isTerminal(status)) {
        draining = true;
        continue;
      }
      const wakeups = await queue.next(signal);
      if (wakeups === null) return;
      if (wakeups.some((w) => w.kind === "shutdown")) throw shuttingDown();
      // Access may have ended while the stream waited (member removed, signed out elsewhere).
      if (!(await stillAllowed())) return;
      outOfOrder = wakeups.flatMap((w) =>
        w.kind === "event" && w.note.workspaceId === scope.workspaceId && w.note.id > startAfter && w.note.id <= lastId && !seen.has(w.note.id)
          ? [w.note.id]
          : [],
      );
    }
  } finally {
    unsubscribe();
  }
}

/**
 * The process is shutting down: the stream fails with TIMEOUT (HTTP 408, "the server would like to
 * shut down this connection") rather than ending. The client then waits longer than the server's
 * keep-alive before it re-subscribes, so the old connection closes, this process can exit, and the
 * new stream reaches an instance that is up and resumes after its last event. (A retryable code
 * would make the browser reconnect within 3 s over the same connection and keep this process alive.)
 */
const shuttingDown = () => new TRPCError({ code: "TIMEOUT", message: "This server is restarting; reconnecting." });
