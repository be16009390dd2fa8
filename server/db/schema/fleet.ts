import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per worker (DBOS executor id), beaten every few seconds by that worker
 * (workflows/fleet/). A worker silent for longer than WORKER_DEAD_AFTER_SECONDS is declared dead
 * by a live worker of the same application version, which recovers the dead one's PENDING
 * workflows through DBOS and records itself in `taken_over_by`. A dead worker that comes back
 * (same id) clears `declared_dead_at` with its next beat. Not tenant data: no workspace_id.
 */
export const workerHeartbeats = pgTable(
  "worker_heartbeats",
  {
    executorId: text("executor_id").primaryKey(),
    applicationVersion: text("application_version").notNull(),
    hostname: text("hostname").notNull(),
    pid: integer("pid").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    declaredDeadAt: timestamp("declared_dead_at", { withTimezone: true }),
    takenOverBy: text("taken_over_by"),
    recoveredWorkflows: integer("recovered_workflows"),
  },
  (t) => [index("worker_heartbeats_version_seen_idx").on(t.applicationVersion, t.lastSeenAt)],
);
