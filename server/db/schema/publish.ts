import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";
import { contentItems } from "./content";
import { workspaces } from "./tenancy";

export const channelKinds = ["blog", "x", "linkedin", "facebook", "instagram", "threads", "bluesky", "mastodon", "pinterest", "webhook"] as const;
export const channelKind = pgEnum("channel_kind", channelKinds);
/** active: publishes; needs_reconnect: its token was revoked or expired beyond refresh; disabled: turned off by a member. */
export const channelStatus = pgEnum("channel_status", ["active", "needs_reconnect", "disabled"]);

export type QueueSlot = { day: number; time: string };
export type QueueSchedule = { timezone: string; slots: QueueSlot[] };

/**
 * Where a workspace publishes: its built-in blog (one per workspace, always present) or a
 * connected social account / webhook. `credentialsSealed` holds the connector's secrets
 * (access and refresh tokens, app password, webhook signing secret) as one JSON document sealed
 * with AES-256-GCM under the context "channel:<id>:credentials".
 */
export const channels = pgTable(
  "channels",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    kind: channelKind("kind").notNull(),
    /** The account's display name ("Acme on LinkedIn"), shown everywhere the channel appears. */
    name: text("name").notNull(),
    /** The account id on the platform (X user id, LinkedIn person/organization URN, page id, DID, …). */
    externalAccountId: text("external_account_id").notNull(),
    handle: text("handle"),
    avatarUrl: text("avatar_url"),
    /** Mastodon instance / Bluesky PDS service URL / webhook target URL. */
    serviceUrl: text("service_url"),
    status: channelStatus("status").notNull().default("active"),
    statusReason: text("status_reason"),
    credentialsSealed: text("credentials_sealed"),
    tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true }),
    scopes: text("scopes"),
    queueSchedule: jsonb("queue_schedule").$type<QueueSchedule>(),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    lastPublishedAt: timestamp("last_published_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("channels_ws_idx").on(t.workspaceId, t.kind),
    uniqueIndex("channels_account_idx").on(t.workspaceId, t.kind, t.externalAccountId),
    uniqueIndex("channels_one_blog_idx").on(t.workspaceId).where(sql`${t.kind} = 'blog'`),
  ],
);

/**
 * One OAuth connect attempt: the random `state` (stored as its SHA-256 hash), the PKCE verifier
 * (sealed), who started it and where to return. Used once; expires after 10 minutes.
 */
export const oauthStates = pgTable(
  "oauth_states",
  {
    id: id(),
    stateHash: text("state_hash").notNull(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: channelKind("kind").notNull(),
    codeVerifierSealed: text("code_verifier_sealed"),
    serviceUrl: text("service_url"),
    /** The channel being reconnected, if any. */
    channelId: text("channel_id"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("oauth_states_hash_idx").on(t.stateHash)],
);

/** Mastodon apps are registered per instance (POST /api/v1/apps); the secret is sealed. */
export const mastodonApps = pgTable("mastodon_apps", {
  instanceUrl: text("instance_url").primaryKey(),
  clientId: text("client_id").notNull(),
  clientSecretSealed: text("client_secret_sealed").notNull(),
  redirectUri: text("redirect_uri").notNull(),
  createdAt: createdAt(),
});

export const publishJobStatus = pgEnum("publish_job_status", ["scheduled", "publishing", "retrying", "published", "failed", "cancelled"]);

export type PublishError = { code: string; message: string; permanent: boolean; httpStatus?: number | null };

/**
 * What pre-flight (T−24 h and T−1 h, server/publish/preflight/) found that would make a scheduled
 * post fail at its slot, and what fixes it; null when nothing is wrong (cleared once fixed).
 */
export type PublishRisk = { reason: string; message: string; fix: "reconnect" | "edit" | "approve" | "upgrade"; window: "24h" | "1h"; checkedAt: string };

/**
 * One delivery of one approved version to one channel at `runAt`. Executed by the publish
 * workflow `workflowId` (a DBOS workflow, delayed until runAt, on the channel's platform queue).
 * `idempotencyKey` is sent to the platform (or used to find the post) so a retry never
 * double-posts. `failed` is the dead letter: `lastError` says why.
 */
export const publishJobs = pgTable(
  "publish_jobs",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    contentItemId: text("content_item_id").notNull().references(() => contentItems.id, { onDelete: "cascade" }),
    channelId: text("channel_id").notNull().references(() => channels.id, { onDelete: "cascade" }),
    versionNumber: integer("version_number").notNull(),
    runAt: timestamp("run_at", { withTimezone: true }).notNull(),
    timezone: text("timezone").notNull().default("UTC"),
    status: publishJobStatus("status").notNull().default("scheduled"),
    workflowId: text("workflow_id").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    attempts: integer("attempts").notNull().default(0),
    externalId: text("external_id"),
    permalink: text("permalink"),
    lastError: jsonb("last_error").$type<PublishError | null>(),
    risk: jsonb("risk").$type<PublishRisk | null>(),
    /** The pre-flight window last checked for this run time: `<24h|1h>:<run_at epoch ms>`. */
    preflightMark: text("preflight_mark"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("publish_jobs_ws_run_idx").on(t.workspaceId, t.runAt),
    index("publish_jobs_item_idx").on(t.workspaceId, t.contentItemId),
    index("publish_jobs_channel_idx").on(t.channelId, t.status, t.runAt),
    uniqueIndex("publish_jobs_idem_idx").on(t.idempotencyKey),
    index("publish_jobs_preflight_idx").on(t.runAt).where(sql`${t.status} = 'scheduled'`),
  ],
);

/**
 * Every call to a platform: written as `sent` before the request leaves (its own committed step)
 * and completed after. A `sent` attempt with no outcome means the worker died mid-call: the next
 * attempt asks the platform whether the post exists before posting again.
 */
export const publishAttempts = pgTable(
  "publish_attempts",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    jobId: text("job_id").notNull().references(() => publishJobs.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    outcome: text("outcome").notNull().default("sent"),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    httpStatus: integer("http_status"),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("publish_attempts_job_idx").on(t.jobId, t.number)],
);
