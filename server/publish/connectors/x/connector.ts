import "server-only";

/**
 * X (API v2): posts and threads (a reply chain), images through the v2 media upload, public
 * metrics, OAuth 2.0 with PKCE and refresh of its 2-hour access tokens.
 */
import { ConnectorError } from "../errors";
import type { Connector, ConnectorContext, Delivery, Metrics, PublishContent } from "../types";
import { xCall } from "./api";
import { findExistingX, permalinkX } from "./find";
import { uploadXImages } from "./media";
import { refreshX, xOAuth } from "./oauth";
import { validateX } from "./validate";
import { verifyWithProfile } from "../verify";

type Created = { data?: { id?: string; text?: string } };

async function publishX(ctx: ConnectorContext, content: PublishContent): Promise<Delivery> {
  const problems = validateX(content);
  if (problems.length > 0) throw new ConnectorError("rejected", problems.map((p) => p.message).join(" "));
  const mediaIds = content.media.length > 0 ? await uploadXImages(ctx, content.media) : [];
  const partIds: string[] = [];
  for (const [i, text] of content.parts.entries()) {
    const body = {
      text,
      ...(i > 0 ? { reply: { in_reply_to_tweet_id: partIds[i - 1] } } : {}),
      ...(i === 0 && mediaIds.length > 0 ? { media: { media_ids: mediaIds } } : {}),
    };
    try {
      const res = await xCall<Created>(ctx, `${ctx.endpoints["x.api"]}/2/tweets`, { method: "POST", json: body });
      const id = res.body.data?.id;
      if (!id) throw new ConnectorError("unknown", "X accepted the post but returned no id.");
      partIds.push(id);
    } catch (error) {
      if (i === 0 || !(error instanceof ConnectorError)) throw error;
      // Part of the thread is live: retrying blindly would post it twice, so the workflow must
      // look for it first (findExisting returns the chain as far as it got).
      throw new ConnectorError("unknown", `X published ${i} of ${content.parts.length} posts of the thread, then: ${error.message}`, {
        httpStatus: error.httpStatus,
        retryAfterMs: error.retryAfterMs,
        platformCode: error.platformCode,
        cause: error,
      });
    }
  }
  const externalId = partIds[0]!;
  return { externalId, permalink: permalinkX(ctx.channel.handle, externalId), partIds };
}

type PublicMetrics = { like_count?: number; reply_count?: number; retweet_count?: number; quote_count?: number; impression_count?: number; bookmark_count?: number };

async function fetchXMetrics(ctx: ConnectorContext, delivery: Delivery): Promise<Metrics> {
  const res = await xCall<{ data?: { public_metrics?: PublicMetrics }; errors?: { detail?: string }[] }>(
    ctx,
    `${ctx.endpoints["x.api"]}/2/tweets/${encodeURIComponent(delivery.externalId)}?tweet.fields=public_metrics`,
  );
  const metrics = res.body.data?.public_metrics;
  // X answers 200 with only `errors` for a deleted post.
  if (!metrics) throw new ConnectorError("rejected", `X has no metrics for this post: ${res.body.errors?.[0]?.detail ?? "it may have been deleted"}.`);
  return {
    likes: metrics.like_count,
    comments: metrics.reply_count,
    shares: (metrics.retweet_count ?? 0) + (metrics.quote_count ?? 0),
    impressions: metrics.impression_count,
    saves: metrics.bookmark_count,
  };
}

export const xConnector: Connector = {
  kind: "x",
  label: "X",
  auth: "oauth2",
  media: "image",
  threads: true,
  validate: validateX,
  publish: (ctx, content) => publishX(ctx, content),
  findExisting: (ctx, content, _key, since) => findExistingX(ctx, content, since),
  fetchMetrics: fetchXMetrics,
  refresh: refreshX,
  oauth: xOAuth,
  verify: verifyWithProfile(xOAuth),
};
