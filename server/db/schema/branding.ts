import { sql } from "drizzle-orm";
import { pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./columns";
import { organizations, workspaces } from "./tenancy";

/**
 * White-label branding. The organization's row (workspace_id null) applies to all its
 * workspaces; a workspace's row overrides it field by field (so two clients of one agency can
 * differ). Null fields fall through to the organization, then to Loomcast's defaults.
 * Images are https URLs (never fetched by the server; browsers and mail clients load them).
 */
export const brandingProfiles = pgTable(
  "branding_profiles",
  {
    id: id(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    productName: text("product_name"),
    logoUrl: text("logo_url"),
    faviconUrl: text("favicon_url"),
    primaryColor: text("primary_color"),
    primaryForegroundColor: text("primary_foreground_color"),
    accentColor: text("accent_color"),
    emailSenderName: text("email_sender_name"),
    emailFooter: text("email_footer"),
    updatedById: text("updated_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("branding_org_idx").on(t.organizationId).where(sql`${t.workspaceId} is null`),
    uniqueIndex("branding_ws_idx").on(t.workspaceId),
  ],
);
