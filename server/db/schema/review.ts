import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./columns";
import { contentItems } from "./content";
import { workspaces } from "./tenancy";

export const approvalDecision = pgEnum("approval_decision", ["approved", "changes_requested", "rejected"]);

export type ReviewPolicyStep = { name: string; kind: "role" | "client" };
export const defaultPolicySteps: ReviewPolicyStep[] = [{ name: "Review", kind: "role" }];

/** A client's signed, expiring, revocable link to review one item without an account. */
export const reviewLinks = pgTable(
  "review_links",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    contentItemId: text("content_item_id").notNull().references(() => contentItems.id, { onDelete: "cascade" }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("review_links_ws_item_idx").on(t.workspaceId, t.contentItemId)],
);

/**
 * Every review decision on one version: who (a member or a client link), which policy step
 * (1-based), decision, comment, score. Voided when the item gets a new version. The publish gate
 * (a trigger) reads these rows.
 */
export const approvals = pgTable(
  "approvals",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    contentItemId: text("content_item_id").notNull().references(() => contentItems.id, { onDelete: "cascade" }),
    versionNumber: integer("version_number").notNull(),
    step: integer("step").notNull(),
    decision: approvalDecision("decision").notNull(),
    comment: text("comment"),
    score: integer("score"),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    reviewLinkId: text("review_link_id").references(() => reviewLinks.id, { onDelete: "set null" }),
    actorLabel: text("actor_label").notNull(),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true }),
    timezone: text("timezone"),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("approvals_item_idx").on(t.contentItemId, t.versionNumber, t.createdAt),
    index("approvals_ws_idx").on(t.workspaceId, t.createdAt),
    check("approvals_score_range", sql`${t.score} is null or ${t.score} between 1 and 5`),
    check("approvals_step_positive", sql`${t.step} >= 1`),
  ],
);

/** Per-workspace review policy: ordered approval steps and whether authors may approve their own content. */
export const reviewPolicies = pgTable("review_policies", {
  workspaceId: text("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  allowSelfApproval: boolean("allow_self_approval").notNull().default(false),
  steps: jsonb("steps").$type<ReviewPolicyStep[]>().notNull().default(defaultPolicySteps),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const contentComments = pgTable(
  "content_comments",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    contentItemId: text("content_item_id").notNull().references(() => contentItems.id, { onDelete: "cascade" }),
    versionNumber: integer("version_number"),
    parentId: text("parent_id"),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    reviewLinkId: text("review_link_id").references(() => reviewLinks.id, { onDelete: "set null" }),
    authorLabel: text("author_label"),
    body: text("body").notNull(),
    mentions: jsonb("mentions").$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [index("comments_item_idx").on(t.workspaceId, t.contentItemId, t.createdAt)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    link: text("link"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.workspaceId, t.createdAt)],
);
