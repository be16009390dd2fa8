import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { contentItems } from "./content";
import { channelKind, channels, publishJobs } from "./publish";
import { workspaces } from "./tenancy";

/**
 * One metrics pull of one delivery at one window (+6h, +24h, +72h after publishing), written by
 * the metrics workflow. Unique per (job, window), so a retried step never duplicates it.
 * `status = 'missed'` records a window whose pull failed after every retry (`error` says why).
 * `rawScore` is the platform's weighted engagement (per impression where the platform reports
 * impressions); `score` is rawScore divided by the channel's rolling median for that window.
 * `patterns` holds the item's and the job's pattern tags at the time of the pull; `learnedAt` is
 * set on the one snapshot per job that fed the workspace's pattern scores.
 */
export const metricSnapshots = pgTable(
  "metric_snapshots",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    jobId: text("job_id").notNull().references(() => publishJobs.id, { onDelete: "cascade" }),
    channelId: text("channel_id").notNull().references(() => channels.id, { onDelete: "cascade" }),
    contentItemId: text("content_item_id").notNull().references(() => contentItems.id, { onDelete: "cascade" }),
    platform: channelKind("platform").notNull(),
    window: text("window").notNull(),
    status: text("status").notNull().default("ok"),
    likes: integer("likes").notNull().default(0),
    comments: integer("comments").notNull().default(0),
    shares: integer("shares").notNull().default(0),
    impressions: integer("impressions").notNull().default(0),
    views: integer("views").notNull().default(0),
    clicks: integer("clicks").notNull().default(0),
    saves: integer("saves").notNull().default(0),
    rawScore: real("raw_score"),
    score: real("score"),
    patterns: jsonb("patterns").$type<Record<string, string>>().notNull().default({}),
    attempts: integer("attempts").notNull().default(1),
    error: text("error"),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    capturedAt: timestamp("captured_at", { withTimezone: true }).notNull().defaultNow(),
    learnedAt: timestamp("learned_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("metric_snapshots_job_window_idx").on(t.jobId, t.window),
    index("metric_snapshots_ws_idx").on(t.workspaceId, t.publishedAt),
    index("metric_snapshots_channel_idx").on(t.channelId, t.window, t.capturedAt),
    index("metric_snapshots_learned_idx").on(t.workspaceId, t.platform, t.learnedAt).where(sql`${t.learnedAt} is not null`),
  ],
);

/**
 * A workspace's learned weight of one pattern value on one platform (e.g. linkedin / hook /
 * question). Every sum decays with a half-life from `decayedAt`: `weight` is the decayed number of
 * posts, `scoreSum` the decayed sum of their normalized scores (lift = scoreSum / weight), `signal`
 * the decayed sum of +1 (top decile) / −1 (bottom decile). `samples` counts posts, undecayed; a
 * pattern is trusted from a minimum number of samples.
 */
export const patternScores = pgTable(
  "pattern_scores",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    platform: channelKind("platform").notNull(),
    dimension: text("dimension").notNull(),
    value: text("value").notNull(),
    weight: real("weight").notNull().default(0),
    scoreSum: real("score_sum").notNull().default(0),
    signal: real("signal").notNull().default(0),
    samples: integer("samples").notNull().default(0),
    decayedAt: timestamp("decayed_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("pattern_scores_key_idx").on(t.workspaceId, t.platform, t.dimension, t.value)],
);
