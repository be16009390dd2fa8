import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { customDomains } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { assertAppDomainAvailable, assertCanManageAppDomain } from "./access";
import { afterDomainChange } from "./after-change";
import { domainsConfig } from "./config";
import { domainView } from "./domain-view";
import { normalizeDomain } from "./host-name";
import type { AddDomainInput } from "./schemas";
import { newVerificationToken } from "./verification-record";

/** A unique-index violation from pg (drizzle may wrap it as the error's cause). */
function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505") return e.constraint === constraint;
  }
  return false;
}

/**
 * Connects a domain, pending until its TXT record is verified: the workspace's blog domain, or
 * (organization owners/admins, white-label plans) the organization's app domain. One of each;
 * a host is connected to at most one tenant.
 */
export async function addDomain(ctx: WorkspaceServiceContext, input: AddDomainInput) {
  const config = domainsConfig();
  const host = normalizeDomain(input.host, config.ownHosts);
  const { workspace } = ctx;
  if (input.kind === "app") {
    await assertCanManageAppDomain(ctx.db, workspace.organizationId, ctx.user.id);
    await assertAppDomainAvailable(ctx.db, workspace.organizationId);
  }
  const scope =
    input.kind === "blog"
      ? and(eq(customDomains.kind, "blog"), eq(customDomains.workspaceId, workspace.id))
      : and(eq(customDomains.kind, "app"), eq(customDomains.organizationId, workspace.organizationId));
  const row = await transaction(async ({ tx }) => {
    const [existing] = await tx.select({ host: customDomains.host }).from(customDomains).where(scope);
    if (existing) {
      const owner = input.kind === "blog" ? "This workspace's blog" : "Your organization's app";
      throw new AppError("CONFLICT", `${owner} already uses ${existing.host}: remove it first to connect another domain.`, { field: "host" });
    }
    const [inserted] = await tx
      .insert(customDomains)
      .values({
        organizationId: workspace.organizationId,
        workspaceId: input.kind === "blog" ? workspace.id : null,
        kind: input.kind,
        host,
        token: newVerificationToken(),
        createdById: ctx.user.id,
      })
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: workspace.organizationId,
      workspaceId: input.kind === "blog" ? workspace.id : null,
      action: "domain.added",
      targetType: "custom_domain",
      targetId: inserted!.id,
      changes: { kind: input.kind, host },
    });
    return inserted!;
  }).catch((error: unknown) => {
    if (isUniqueViolation(error, "custom_domains_host_idx")) {
      throw new AppError("CONFLICT", `${host} is already connected to a Loomcast workspace. If it is yours, remove it there first.`, { field: "host" });
    }
    if (isUniqueViolation(error, "custom_domains_blog_workspace_idx") || isUniqueViolation(error, "custom_domains_app_org_idx")) {
      throw new AppError("CONFLICT", "A domain was just connected here: reload to see it.", { field: "host" });
    }
    throw error;
  });
  await afterDomainChange(row, null);
  return domainView(row, config.cnameTarget);
}
