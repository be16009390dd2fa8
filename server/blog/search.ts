import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { safeText } from "@/server/validation/text";
import type { BlogLanguage } from "./languages";
import { maxRanked, newestCandidates } from "./search-candidates";
import { headlineHtml, markStart, markStop, prefixTsquery } from "./search-query";

export const searchInputSchema = z.object({
  q: safeText().trim().max(200, "Search for at most 200 characters."),
  tag: safeText().trim().min(1).max(64).optional(),
  /** Search-as-you-type: every word must match, the last one as a prefix. */
  prefix: z.boolean().default(false),
  page: z.coerce.number().int().min(1).max(100).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchInput = z.input<typeof searchInputSchema>;

/** Snippets are cut from the excerpt and this many leading characters of the body. */
const snippetSource = 8000;

/** A PostgreSQL text[] literal (every element quoted and escaped). */
const textArray = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

export interface SearchHit {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  publishedAt: string;
  rank: number;
  /** HTML whose only tag is <mark> around matched words. */
  snippet: string;
}

/**
 * Full-text search over a blog's visible posts: websearch syntax ("quoted phrase", -exclude, or)
 * or a prefix query, ranked by ts_rank_cd (title weighs most), newest first on ties, with
 * ts_headline snippets computed only for the returned page.
 */
export async function searchPosts(db: Db, site: { workspaceId: string; language: BlogLanguage }, input: SearchInput) {
  const { q, tag, prefix, page, limit } = searchInputSchema.parse(input);
  const empty = { hits: [] as SearchHit[], total: 0, capped: false, page };
  if (!q) return empty;
  const cfg = sql`${site.language}::regconfig`;
  let query;
  if (prefix) {
    const expr = prefixTsquery(q);
    if (!expr) return empty;
    query = sql`to_tsquery(${cfg}, ${expr})`;
  } else query = sql`websearch_to_tsquery(${cfg}, ${q})`;
  const tagFilter = tag ? sql`and p.tags @> array[${tag}]::text[]` : sql``;
  const ids = await newestCandidates(db, site.workspaceId, query, tagFilter);
  if (ids.length === 0) return empty;
  // Only the candidates are ranked (ts_rank_cd reads each one's tsvector), and snippets
  // (ts_headline) are computed for the returned page alone.
  const { rows } = await db.execute<Omit<SearchHit, "snippet" | "publishedAt"> & { headline: string; published_at: Date }>(sql`
    with ranked as (
      select p.id, p.published_at, ts_rank_cd(p.search, ${query}) as rank
      from blog_posts p
      where p.workspace_id = ${site.workspaceId} and p.id = any(${textArray(ids)}::text[])
      order by rank desc, p.published_at desc, p.id
      limit ${limit} offset ${(page - 1) * limit}
    )
    select p.id, p.slug, p.title, p.excerpt, p.tags, r.published_at, r.rank,
           ts_headline(${cfg}, p.excerpt || ' … ' || regexp_replace(left(p.body, ${snippetSource}), '[#*_>\`\\[\\]()|~-]+', ' ', 'g'), ${query},
             ${`StartSel=${markStart}, StopSel=${markStop}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) as headline
    from ranked r join blog_posts p on p.id = r.id
    order by r.rank desc, r.published_at desc, r.id`);
  return {
    hits: rows.map(({ headline, published_at, ...r }) => ({
      ...r,
      rank: Number(r.rank),
      publishedAt: new Date(published_at).toISOString(),
      snippet: headlineHtml(headline),
    })),
    /** Ranked matches: at most maxRanked (the newest); `capped` says more posts match. */
    total: ids.length,
    capped: ids.length >= maxRanked,
    page,
  };
}
