import "server-only";
import { sql } from "drizzle-orm";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { BrandBookAuthor } from "./brand-book-row";
import { brandBookFields, emptyBrandBook, isBrandBookField, type BrandBookField } from "@/lib/brand/fields";
import type { ListBrandBookVersionsInput } from "./schemas";

export interface BrandBookHistoryItem {
  version: number;
  createdAt: Date;
  createdBy: BrandBookAuthor | null;
  /** Fields that differ from the version before (for version 1: the fields that were filled in). */
  changedFields: BrandBookField[];
  /** Set when this version restored an earlier one. */
  restoredFrom: number | null;
  isCurrent: boolean;
}

interface Row extends Record<string, unknown> {
  version: number;
  created_at: Date | string;
  latest: number;
  changed: string[] | null;
  author_id: string | null;
  author_name: string | null;
  author_email: string | null;
  restored_from: string | null;
}

/** `book->'field'` differs from the previous version's (a missing field reads as empty). */
function changedExpression(field: BrandBookField) {
  const key = sql.raw(`'${field}'`);
  const empty = JSON.stringify(emptyBrandBook[field]);
  return sql`case when coalesce(b.book -> ${key}, ${empty}::jsonb)
    is distinct from coalesce(lag(b.book -> ${key}) over w, ${empty}::jsonb) then ${field} end`;
}

/**
 * The brand book's history, newest first: who saved each version, when, which fields changed
 * (computed from the versions themselves) and which version a restore brought back.
 */
export async function listBrandBookVersions(
  ctx: Pick<WorkspaceServiceContext, "db" | "workspace">,
  input: ListBrandBookVersionsInput,
): Promise<{ items: BrandBookHistoryItem[]; nextCursor: number | null }> {
  const changed = sql.join(brandBookFields.map(changedExpression), sql`, `);
  const workspaceId = ctx.workspace.id;
  const result = await ctx.db.execute<Row>(sql`
    with v as (
      select b.id, b.version, b.created_at, b.created_by_id,
             max(b.version) over () as latest,
             array_remove(array[${changed}]::text[], null) as changed
      from brand_books b
      where b.workspace_id = ${workspaceId}
      window w as (order by b.version)
    )
    select v.version, v.created_at, v.latest, v.changed,
           u.id as author_id, u.name as author_name, u.email as author_email,
           a.changes ->> 'restoredFrom' as restored_from
    from v
    left join users u on u.id = v.created_by_id
    left join audit_log a on a.workspace_id = ${workspaceId} and a.action = 'brand.restored' and a.target_id = v.id
    where ${input.cursor ?? null}::int is null or v.version < ${input.cursor ?? null}::int
    order by v.version desc
    limit ${input.limit + 1}`);
  const rows = result.rows;
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((row) => ({
      version: Number(row.version),
      createdAt: new Date(row.created_at),
      createdBy: row.author_id && row.author_email ? { id: row.author_id, name: row.author_name, email: row.author_email } : null,
      changedFields: (row.changed ?? []).filter(isBrandBookField),
      restoredFrom: row.restored_from === null ? null : Number(row.restored_from),
      isCurrent: Number(row.version) === Number(row.latest),
    })),
    nextCursor: rows.length > input.limit ? page[page.length - 1]!.version : null,
  };
}
