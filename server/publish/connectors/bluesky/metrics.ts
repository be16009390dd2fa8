import "server-only";

/** Engagement of a published post from the AppView (app.bsky.feed.getPosts, proxied by the PDS). */
import type { ConnectorContext, Delivery, Metrics } from "../types";
import { withSession } from "./session";
import { serviceOf, xrpc } from "./xrpc";

type PostView = { uri: string; likeCount?: number; repostCount?: number; replyCount?: number; quoteCount?: number };

export async function fetchPostMetrics(ctx: ConnectorContext, delivery: Delivery): Promise<Metrics> {
  const res = await withSession(ctx, (jwt) =>
    xrpc<{ posts?: PostView[] }>(ctx, serviceOf(ctx.channel.serviceUrl), "app.bsky.feed.getPosts", { token: jwt, query: { uris: [delivery.externalId] } }),
  );
  const post = res.body.posts?.find((p) => p.uri === delivery.externalId);
  if (!post) return {};
  return { likes: post.likeCount ?? 0, comments: post.replyCount ?? 0, shares: (post.repostCount ?? 0) + (post.quoteCount ?? 0) };
}
