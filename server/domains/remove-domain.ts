import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { customDomains } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { assertCanManageAppDomain } from "./access";
import { afterDomainChange } from "./after-change";
import { loadDomain } from "./load-domain";
import type { DomainIdInput } from "./schemas";

/** Disconnects a domain: it stops routing at once in this process (within the cache TTL elsewhere). */
export async function removeDomain(ctx: WorkspaceServiceContext, input: DomainIdInput) {
  const row = await loadDomain(ctx.db, ctx.workspace, input.domainId);
  if (row.kind === "app") await assertCanManageAppDomain(ctx.db, row.organizationId, ctx.user.id);
  await transaction(async ({ tx }) => {
    const current = await loadDomain(tx, ctx.workspace, row.id, { lock: true });
    await tx.delete(customDomains).where(and(eq(customDomains.id, current.id), eq(customDomains.organizationId, current.organizationId)));
    await writeAudit(tx, ctx.actor, {
      organizationId: current.organizationId,
      workspaceId: current.workspaceId,
      action: "domain.removed",
      targetType: "custom_domain",
      targetId: current.id,
      changes: { kind: current.kind, host: current.host, status: current.status },
    });
  });
  await afterDomainChange(row, ctx.workspace.slug);
  return { removed: row.id };
}
