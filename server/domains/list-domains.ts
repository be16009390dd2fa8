import "server-only";
import { and, eq } from "drizzle-orm";
import { customDomains } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { can } from "@/lib/workspaces/permissions";
import { appDomainUnavailable, isOrganizationAdmin } from "./access";
import { domainsConfig } from "./config";
import { domainView } from "./domain-view";

/** The workspace's blog domain and its organization's app domain, with what the caller may do. */
export async function listDomains(ctx: Pick<WorkspaceServiceContext, "db" | "workspace" | "role" | "user">) {
  const { cnameTarget } = domainsConfig();
  const { workspace } = ctx;
  const [blog] = await ctx.db.select().from(customDomains).where(and(eq(customDomains.kind, "blog"), eq(customDomains.workspaceId, workspace.id)));
  const [app] = await ctx.db.select().from(customDomains).where(and(eq(customDomains.kind, "app"), eq(customDomains.organizationId, workspace.organizationId)));
  const orgAdmin = can(ctx.role, "workspace.manage") && (await isOrganizationAdmin(ctx.db, workspace.organizationId, ctx.user.id));
  return {
    cnameTarget,
    blog: blog ? domainView(blog, cnameTarget) : null,
    app: app ? domainView(app, cnameTarget) : null,
    canManageBlog: can(ctx.role, "workspace.manage"),
    canManageApp: orgAdmin,
    /** Why an app domain cannot be added (plan), or null. */
    appUnavailable: orgAdmin ? await appDomainUnavailable(ctx.db, workspace.organizationId) : null,
  };
}
