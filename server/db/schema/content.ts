import { bigserial, index, integer, jsonb, numeric, pgEnum, pgTable, real, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { WritingRequest } from "@/lib/ai/brief";
import type { Draft, SeoFields } from "@/server/ai/stage-schemas";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";
import { workspaces } from "./tenancy";

export const contentStatus = pgEnum("content_status", [
  "generating",
  "generation_failed",
  "cancelled",
  "in_review",
  "changes_requested",
  "approved",
  "scheduled",
  "publishing",
  "published",
  "partially_published",
  "failed",
]);
export const contentKind = pgEnum("content_kind", ["blog", "social", "thread"]);

export const contentItems = pgTable(
  "content_items",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    kind: contentKind("kind").notNull(),
    status: contentStatus("status").notNull(),
    title: text("title").notNull(),
    request: jsonb("request").$type<WritingRequest>().notNull(),
    brandBookVersion: integer("brand_book_version"),
    currentVersion: integer("current_version").notNull().default(0),
    /** Pattern tags for the learn loop: hook, angle, format, length bucket. */
    patterns: jsonb("patterns").$type<Record<string, string>>().notNull().default({}),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("content_ws_status_idx").on(t.workspaceId, t.status, t.createdAt)],
);

/** Every stage and every human edit writes a version; nothing is overwritten. */
export const contentVersions = pgTable(
  "content_versions",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    contentItemId: text("content_item_id").notNull().references(() => contentItems.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    source: text("source").notNull(),
    runId: text("run_id"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    posts: jsonb("posts").$type<Draft["posts"]>().notNull().default([]),
    seo: jsonb("seo").$type<SeoFields | null>(),
    image: jsonb("image").$type<{ prompt: string; alt: string; url?: string } | null>(),
    qualityScore: real("quality_score"),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("content_versions_number_idx").on(t.contentItemId, t.number), index("content_versions_ws_idx").on(t.workspaceId)],
);

export const runStatus = pgEnum("run_status", ["queued", "running", "succeeded", "failed", "cancelled", "timed_out"]);

export const generationRuns = pgTable(
  "generation_runs",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    contentItemId: text("content_item_id").notNull().references(() => contentItems.id, { onDelete: "cascade" }),
    workflowId: text("workflow_id").notNull(),
    status: runStatus("status").notNull().default("queued"),
    stage: text("stage"),
    percent: integer("percent").notNull().default(0),
    feedback: text("feedback"),
    error: jsonb("error").$type<{ stage: string; message: string; cause: string; retryable: boolean } | null>(),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("runs_ws_item_idx").on(t.workspaceId, t.contentItemId, t.createdAt), uniqueIndex("runs_workflow_idx").on(t.workflowId)],
);

/** One row per stage attempt: who answered, what it cost, how long, how it ended. */
export const generationSteps = pgTable(
  "generation_steps",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    runId: text("run_id").notNull().references(() => generationRuns.id, { onDelete: "cascade" }),
    stage: text("stage").notNull(),
    round: integer("round").notNull().default(0),
    provider: text("provider"),
    model: text("model"),
    tokensIn: integer("tokens_in").notNull().default(0),
    tokensOut: integer("tokens_out").notNull().default(0),
    costUsd: numeric("cost_usd", { precision: 12, scale: 6 }).notNull().default("0"),
    durationMs: integer("duration_ms").notNull().default(0),
    outcome: text("outcome").notNull(),
    error: text("error"),
    attempts: jsonb("attempts").$type<unknown[]>().notNull().default([]),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("steps_run_stage_round_idx").on(t.runId, t.stage, t.round), index("steps_ws_idx").on(t.workspaceId, t.startedAt)],
);

/** Progress log lines pushed live to browsers (NOTIFY on insert). */
export const runEvents = pgTable(
  "run_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    runId: text("run_id").notNull().references(() => generationRuns.id, { onDelete: "cascade" }),
    stage: text("stage"),
    percent: integer("percent").notNull(),
    level: text("level").notNull().default("info"),
    message: text("message").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("run_events_run_idx").on(t.runId, t.id)],
);
