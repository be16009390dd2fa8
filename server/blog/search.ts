import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { BlogLanguage } from "./languages";
import { headlineHtml, markStart, markStop, prefixTsquery } from "./search-query";
import { visibleSql } from "./visibility";

export const searchInputSchema = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters."),
  tag: z.string().trim().min(1).max(64).optional(),
  /** Search-as-you-type: every word must match, the last one as a prefix. */
  prefix: z.boolean().default(false),
  page: z.coerce.number().int().min(1).max(100).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchInput = z.input<typeof searchInputSchema>;

/** At most this many matches (the newest) are ranked; `total` is capped at it. */
export const maxRanked = 1000;

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
  const empty = { hits: [] as SearchHit[], total: 0, page };
  if (!q) return empty;
  const cfg = sql`${site.language}::regconfig`;
  let query;
  if (prefix) {
    const expr = prefixTsquery(q);
    if (!expr) return empty;
    query = sql`to_tsquery(${cfg}, ${expr})`;
  } else query = sql`websearch_to_tsquery(${cfg}, ${q})`;
  const tagFilter = tag ? sql`and p.tags @> array[${tag}]::text[]` : sql``;
  const { rows } = await db.execute<Omit<SearchHit, "snippet" | "publishedAt"> & { headline: string; published_at: Date; total: number }>(sql`
    with q as (select ${query} as query),
    -- Ranking reads each match's whole tsvector: only the newest matches (maxRanked) are ranked.
    matched as (
      select p.id, p.published_at, p.search
      from blog_posts p, q
      where ${visibleSql(site.workspaceId)} and p.search @@ q.query ${tagFilter}
      order by p.published_at desc
      limit ${maxRanked}
    ),
    hits as (
      select p.id, p.slug, p.title, p.excerpt, p.tags, p.published_at, p.body,
             ts_rank_cd(m.search, q.query) as rank, count(*) over () as total
      from matched m join blog_posts p on p.id = m.id, q
      order by rank desc, p.published_at desc, p.id
      limit ${limit} offset ${(page - 1) * limit}
    )
    select h.id, h.slug, h.title, h.excerpt, h.tags, h.published_at, h.rank, h.total::int as total,
           ts_headline(${cfg}, h.excerpt || ' … ' || regexp_replace(left(h.body, 20000), '[#*_>\`\\[\\]()|~-]+', ' ', 'g'), q.query,
             ${`StartSel=${markStart}, StopSel=${markStop}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) as headline
    from hits h, q
    order by h.rank desc, h.published_at desc, h.id`);
  return {
    hits: rows.map(({ headline, published_at, total: _total, ...r }) => ({
      ...r,
      rank: Number(r.rank),
      publishedAt: new Date(published_at).toISOString(),
      snippet: headlineHtml(headline),
    })),
    total: rows[0]?.total ?? 0,
    page,
  };
}
