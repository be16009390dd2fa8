import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { visibleSql } from "./visibility";

/** At most this many matches (the newest) are ranked; a search's `total` is capped at it. */
export const maxRanked = 300;
/** The first window: the weeks holding this many newest posts. */
const firstWindow = 3 * maxRanked;
/** Windows wider than this many posts (or weeks) are not worth it: the whole blog is searched. */
const widestWindow = 25_000;
const widestWeeks = 160;
const weekMs = 7 * 24 * 3600 * 1000;

/** Whole weeks since 1970-01-01 UTC, as in blog_week_lexeme (db/0012_blog_search_weeks.sql). */
export const weekOf = (at: Date) => Math.floor(at.getTime() / weekMs);

/** A tsquery (raw lexemes, no parsing) matching posts published in the weeks from `start` to `now`. */
export function weeksTsquery(start: Date, now: Date): string {
  const weeks: string[] = [];
  for (let w = weekOf(now); w >= weekOf(start); w--) weeks.push(`'#week ${w}'`);
  return weeks.join(" | ");
}

/** published_at of the `posts`-th newest visible-so-far post (index-only walk), or null when the blog has fewer. */
async function windowStart(db: Db, workspaceId: string, posts: number): Promise<Date | null> {
  const { rows } = await db.execute<{ published_at: Date }>(sql`
    select p.published_at from blog_posts p
    where p.workspace_id = ${workspaceId} and p.published_at <= now()
    order by p.published_at desc offset ${posts - 1} limit 1`);
  return rows[0] ? new Date(rows[0].published_at) : null;
}

async function newestMatches(db: Db, workspaceId: string, match: SQL, tagFilter: SQL) {
  const { rows } = await db.execute<{ id: string }>(sql`
    select p.id from blog_posts p
    where ${visibleSql(workspaceId)} and ${match} ${tagFilter}
    order by p.published_at desc
    limit ${maxRanked}`);
  return rows.map((r) => r.id);
}

/**
 * The ids of the newest `maxRanked` visible posts matching `query`, found through the GIN index
 * alone whatever the query's frequency. Testing `@@` post by post (what the planner picks for
 * common words, walking the date index) reads each post's TOASTed tsvector: ~30-50 µs a post, so
 * seconds for a word in 5 % of 100,000 posts; reading every match from the GIN bitmap is as slow
 * for a word in most posts. So the reader's query is ANDed with the week lexemes of a recency
 * window (db/0012_blog_search_weeks.sql): round one covers the weeks of the newest 900 posts;
 * when that yields too few matches, the rate it saw sizes a wider window; the last round (or a
 * window that would be too wide) searches the whole blog, where only rare queries get.
 */
export async function newestCandidates(db: Db, workspaceId: string, query: SQL, tagFilter: SQL): Promise<string[]> {
  const nonEmpty = sql`numnode(${query}) > 0`;
  let posts = firstWindow;
  for (let round = 0; round < 3 && posts <= widestWindow; round++) {
    const start = await windowStart(db, workspaceId, posts);
    if (!start) break;
    const now = new Date();
    if (weekOf(now) - weekOf(start) >= widestWeeks) break;
    const ids = await newestMatches(db, workspaceId, sql`${nonEmpty} and p.search @@ (${query} && ${weeksTsquery(start, now)}::tsquery)`, tagFilter);
    if (ids.length >= maxRanked) return ids;
    // Too few in this window: widen it to where maxRanked matches should be (with a margin).
    posts = ids.length > 0 ? Math.ceil((1.5 * maxRanked * posts) / ids.length) : widestWindow + 1;
  }
  return newestMatches(db, workspaceId, sql`${nonEmpty} and p.search @@ ${query}`, tagFilter);
}
