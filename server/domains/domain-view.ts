import "server-only";
import type { customDomains } from "@/server/db/schema";
import { cnameRecord, verificationRecord } from "./verification-record";

export type DomainRow = typeof customDomains.$inferSelect;

/** A domain as the settings page shows it: status, why, and the exact records to create. */
export function domainView(row: DomainRow, cnameTarget: string) {
  return {
    id: row.id,
    kind: row.kind,
    host: row.host,
    status: row.status,
    statusReason: row.statusReason,
    lastCheckedAt: row.lastCheckedAt,
    verifiedAt: row.verifiedAt,
    records: { txt: verificationRecord(row.host, row.token), cname: cnameRecord(row.host, cnameTarget) },
  };
}
export type DomainView = ReturnType<typeof domainView>;
