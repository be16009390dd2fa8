import "server-only";

/** The best-scoring deliveries published in the range (each with its latest snapshot). */
import { sql } from "drizzle-orm";
import type { AnalyticsContext } from "./context";
import { finalSnapshots } from "./final-snapshots";
import { num, rows } from "./query";
import { rangeDates, type TopPostsInput } from "./schemas";
import type { TopPost } from "./types";

export const defaultTopPosts = 10;

export async function topPosts(ctx: AnalyticsContext, input: TopPostsInput): Promise<TopPost[]> {
  const { from, to } = rangeDates(input);
  const ws = ctx.workspace.id;
  const found = await rows<Record<string, unknown>>(
    ctx.db,
    sql`select f.job_id, f.content_item_id, i.title, f.platform, c.name as channel_name, j.permalink, f.published_at, f.score,
               f.likes, f.comments, f.shares, greatest(f.impressions, f.views) as impressions
        from ${finalSnapshots(ws, from, to)} f
        join publish_jobs j on j.id = f.job_id and j.workspace_id = ${ws}
        join content_items i on i.id = f.content_item_id and i.workspace_id = ${ws}
        join channels c on c.id = f.channel_id and c.workspace_id = ${ws}
        order by f.score desc nulls last, f.published_at desc, f.job_id
        limit ${input.limit ?? defaultTopPosts}`,
  );
  return found.map((r) => ({
    jobId: String(r.job_id),
    contentItemId: String(r.content_item_id),
    title: String(r.title),
    platform: String(r.platform),
    channelName: String(r.channel_name),
    permalink: r.permalink === null ? null : String(r.permalink),
    publishedAt: new Date(r.published_at as string | Date),
    score: num(r.score),
    likes: num(r.likes),
    comments: num(r.comments),
    shares: num(r.shares),
    impressions: num(r.impressions),
  }));
}
