import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";
import { organizations, workspaces } from "./tenancy";

export const customDomainKind = pgEnum("custom_domain_kind", ["blog", "app"]);
export const customDomainStatus = pgEnum("custom_domain_status", ["pending", "verified", "failed"]);

/**
 * A customer's own host name (issue #9): a workspace's public blog (`blog`, workspace set) or the
 * organization's white-labelled app (`app`, organization only). Routed only once `verified`,
 * i.e. once `_loomcast-verify.<host>` has a TXT record `loomcast-verify=<token>`.
 * `host` is normalized (lowercase ASCII, IDN as punycode) and unique across all tenants.
 */
export const customDomains = pgTable(
  "custom_domains",
  {
    id: id(),
    organizationId: text("organization_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    kind: customDomainKind("kind").notNull(),
    host: text("host").notNull(),
    /** Public by design (it is published in DNS); proves control of the domain, nothing else. */
    token: text("token").notNull(),
    status: customDomainStatus("status").notNull().default("pending"),
    /** Why the last check failed, in words shown to the user. */
    statusReason: text("status_reason"),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("custom_domains_host_idx").on(t.host),
    uniqueIndex("custom_domains_blog_workspace_idx").on(t.workspaceId).where(sql`${t.kind} = 'blog'`),
    uniqueIndex("custom_domains_app_org_idx").on(t.organizationId).where(sql`${t.kind} = 'app'`),
    index("custom_domains_org_idx").on(t.organizationId),
    check("custom_domains_kind_scope", sql`(${t.kind} = 'blog') = (${t.workspaceId} is not null)`),
  ],
);
