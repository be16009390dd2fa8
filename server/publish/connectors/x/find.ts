import "server-only";

/**
 * After an attempt whose outcome is unknown, look for the post among the account's posts since
 * the attempt started. X has no idempotency key, so the first part's text is matched after X's
 * normalisation: &, <, > come back as HTML entities, every link as a t.co link, and a post with
 * images gets one more t.co link at the end; links are therefore left out of the comparison.
 */
import type { ConnectorContext, Delivery, PublishContent } from "../types";
import { xCall } from "./api";

type Tweet = { id: string; text: string; created_at?: string; referenced_tweets?: { type: string; id: string }[] };

const urls = /(?:https?:\/\/|www\.)\S+/giu;

export function normaliseXText(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .normalize("NFC")
    .replace(urls, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function permalinkX(handle: string | null, id: string): string {
  const name = handle?.replace(/^@/, "");
  return name ? `https://x.com/${name}/status/${id}` : `https://x.com/i/web/status/${id}`;
}

const repliesTo = (tweet: Tweet) => tweet.referenced_tweets?.find((r) => r.type === "replied_to")?.id;

export async function findExistingX(ctx: ConnectorContext, content: PublishContent, since: Date): Promise<Delivery | null> {
  const first = content.parts[0];
  if (first === undefined) return null;
  const query = new URLSearchParams({
    // A minute of slack for clock differences between us and X.
    start_time: new Date(since.getTime() - 60_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    max_results: "100",
    "tweet.fields": "created_at,referenced_tweets",
  });
  const res = await xCall<{ data?: Tweet[] }>(ctx, `${ctx.endpoints["x.api"]}/2/users/${encodeURIComponent(ctx.channel.externalAccountId)}/tweets?${query}`);
  const tweets = res.body.data ?? [];
  const wanted = content.parts.map(normaliseXText);
  const head = tweets.find((t) => normaliseXText(t.text) === wanted[0] && !repliesTo(t));
  if (!head) return null;
  // Follow the reply chain as far as it got; a shorter chain means the thread stopped midway.
  const partIds = [head.id];
  for (let i = 1; i < wanted.length; i++) {
    const next = tweets.find((t) => repliesTo(t) === partIds[i - 1] && normaliseXText(t.text) === wanted[i]);
    if (!next) break;
    partIds.push(next.id);
  }
  return { externalId: head.id, permalink: permalinkX(ctx.channel.handle, head.id), partIds };
}
