/**
 * A fingerprint of every row one tenant owns, in every app table: per table, the number of rows
 * and an md5 of their text, for rows whose workspace_id, organization_id or user_id is the
 * tenant's (and the tenant's own users, organization and workspace rows). Scoped so that other
 * test files writing to the same database at the same time never show up as a change.
 */
import { pool } from "@/server/db/client";

export interface Tenant {
  workspaceId: string;
  organizationId: string;
  userIds: string[];
}

const scopeColumns = ["workspace_id", "organization_id", "user_id"] as const;
const ownRows: Record<string, string> = { users: "id::text = any($3::text[])", organizations: "id::text = $2", workspaces: "id::text = $1" };

let snapshotSql: Promise<string> | undefined;

/** One query over every public table that has a tenant column (found once from the catalog). */
function buildSql(): Promise<string> {
  snapshotSql ??= pool
    .query<{ table_name: string; columns: string[] }>(
      `select table_name, array_agg(column_name::text) as columns from information_schema.columns
       where table_schema = 'public' and column_name = any($1) group by table_name order by table_name`,
      [[...scopeColumns, "id"]],
    )
    .then(({ rows }) => {
      const parts = rows.flatMap(({ table_name: table, columns }) => {
        const where = [
          ownRows[table],
          columns.includes("workspace_id") ? "workspace_id::text = $1" : null,
          columns.includes("organization_id") ? "organization_id::text = $2" : null,
          columns.includes("user_id") ? "user_id::text = any($3::text[])" : null,
        ].filter(Boolean);
        if (where.length === 0) return [];
        return [
          `select '${table}' as t, count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${table}" x where ${where.join(" or ")}`,
        ];
      });
      return parts.join("\nunion all\n");
    });
  return snapshotSql;
}

export async function snapshotTenant(tenant: Tenant): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ t: string; n: number; h: string }>(await buildSql(), [tenant.workspaceId, tenant.organizationId, tenant.userIds]);
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

/** The tables whose fingerprint differs between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
