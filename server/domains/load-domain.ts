import "server-only";
import { and, eq, or } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { customDomains } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";
import type { DomainRow } from "./domain-view";

/**
 * A domain the workspace can see: its own blog domain or its organization's app domain. Any
 * other id (another workspace's blog domain, another organization's app domain) is NOT_FOUND.
 */
export async function loadDomain(db: Db, workspace: WorkspaceRef, domainId: string, options: { lock?: boolean } = {}): Promise<DomainRow> {
  const query = db
    .select()
    .from(customDomains)
    .where(
      and(
        eq(customDomains.id, domainId),
        or(
          and(eq(customDomains.kind, "blog"), eq(customDomains.workspaceId, workspace.id)),
          and(eq(customDomains.kind, "app"), eq(customDomains.organizationId, workspace.organizationId)),
        ),
      ),
    );
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound("Domain");
  return row;
}
