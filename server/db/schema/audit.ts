import { index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id } from "./columns";
import { organizations, workspaces } from "./tenancy";

/** Append-only record of every mutation: who did what to which thing, from where. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    organizationId: text("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** Shown when the actor is not a user (a client review link, the system). */
    actorLabel: text("actor_label"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    requestId: text("request_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_workspace_time_idx").on(t.workspaceId, t.createdAt),
    index("audit_workspace_action_idx").on(t.workspaceId, t.action),
  ],
);
