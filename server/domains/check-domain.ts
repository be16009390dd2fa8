import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { customDomains } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { hit, retryMessage } from "@/server/security/rate-limit";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { assertCanManageAppDomain } from "./access";
import { afterDomainChange } from "./after-change";
import { checkTxt, type TxtCheck } from "./check-txt";
import { domainsConfig } from "./config";
import { domainView, type DomainRow } from "./domain-view";
import { loadDomain } from "./load-domain";
import type { DomainIdInput } from "./schemas";

const checkRule = { name: "domain-check", limit: 12, windowSeconds: 60 };

/**
 * What a check result does to the domain. A DNS answer decides (verified, or failed with the
 * reason); no answer (timeout, server failure) says nothing about the domain, so a verified one
 * stays verified and a pending one fails with the reason.
 */
export function nextStatus(row: Pick<DomainRow, "status" | "verifiedAt">, check: TxtCheck, now: Date) {
  if (check.outcome === "verified") return { status: "verified" as const, statusReason: null, verifiedAt: row.status === "verified" ? row.verifiedAt : now };
  if (check.outcome === "unreachable" && row.status === "verified") return { status: "verified" as const, statusReason: check.reason, verifiedAt: row.verifiedAt };
  return { status: "failed" as const, statusReason: check.reason, verifiedAt: null };
}

/** Looks the domain's TXT record up now (on demand) and records the outcome. */
export async function checkDomain(ctx: WorkspaceServiceContext, input: DomainIdInput) {
  const config = domainsConfig();
  const row = await loadDomain(ctx.db, ctx.workspace, input.domainId);
  if (row.kind === "app") await assertCanManageAppDomain(ctx.db, row.organizationId, ctx.user.id);
  const limited = await hit(ctx.db, checkRule, row.id);
  if (!limited.ok) throw new AppError("RATE_LIMITED", retryMessage(limited.retryAfter));
  // The lookup runs outside the transaction: no row lock is held over the network.
  const check = await checkTxt(row.host, row.token, { servers: config.dnsServers });
  const now = new Date();
  const updated = await transaction(async ({ tx }) => {
    const current = await loadDomain(tx, ctx.workspace, row.id, { lock: true });
    if (current.token !== row.token) throw new AppError("CONFLICT", "This domain changed while it was checked: check again.");
    const next = nextStatus(current, check, now);
    const [saved] = await tx
      .update(customDomains)
      .set({ ...next, lastCheckedAt: now })
      .where(and(eq(customDomains.id, current.id), eq(customDomains.organizationId, current.organizationId)))
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: current.organizationId,
      workspaceId: current.workspaceId,
      action: next.status === "verified" ? "domain.verified" : "domain.check_failed",
      targetType: "custom_domain",
      targetId: current.id,
      changes: { host: current.host, status: { from: current.status, to: next.status }, ...(next.statusReason ? { reason: next.statusReason } : {}) },
    });
    return saved!;
  });
  if (updated.status !== row.status) await afterDomainChange(updated, ctx.workspace.slug);
  return domainView(updated, config.cnameTarget);
}
