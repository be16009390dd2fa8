import "server-only";
import type { Tx } from "@/server/db/transaction";
import { auditLog } from "@/server/db/schema";

export interface AuditActor {
  userId: string | null;
  label?: string;
  ip?: string | null;
  requestId?: string | null;
}

export interface AuditEntry {
  organizationId?: string | null;
  workspaceId?: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  changes?: Record<string, unknown>;
}

/** Appends one audit record. Call it with the same transaction as the change it records. */
export async function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    organizationId: entry.organizationId ?? null,
    workspaceId: entry.workspaceId ?? null,
    actorId: actor.userId,
    actorLabel: actor.label ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    changes: entry.changes ?? {},
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
  });
}
