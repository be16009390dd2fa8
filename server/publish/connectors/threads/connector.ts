import "server-only";

/** Threads (Meta) through the Threads API: posts, reply-chain threads, images and insights. */
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import type { Connector, ConnectorContext, Delivery, Metrics, Problem, PublishContent } from "../types";
import { accessTokenOf, mediaProblems } from "../meta/channel";
import { graphGet, insightsByName, type InsightsResponse } from "../meta/graph";
import { refreshThreadsToken, threadsGraph, threadsOAuth } from "./oauth";
import { findThreadsPost, publishThread } from "./publish";
import { verifyWithProfile } from "../verify";

const label = "Threads";
const maxCarousel = 20;

function validate(content: PublishContent): Problem[] {
  const problems: Problem[] = [];
  const max = platformRules.threads.maxChars;
  const total = content.parts.length;
  if (total === 0 || (content.parts.every((p) => !p.trim()) && content.media.length === 0)) {
    problems.push({ code: "empty", message: "The Threads post is empty." });
  }
  content.parts.forEach((part, index) => {
    const name = total > 1 ? `Post ${index + 1} of ${total}` : "The post";
    const length = countCharacters("threads", part);
    if (length > max) problems.push({ code: "too_long", message: `${name} is ${length} characters; Threads allows ${max}.`, part: index + 1 });
    if (!part.trim() && (index > 0 || content.media.length === 0)) problems.push({ code: "empty_part", message: `${name} is empty.`, part: index + 1 });
  });
  if (content.media.length > maxCarousel) {
    problems.push({ code: "too_many_images", message: `The post has ${content.media.length} images; a Threads carousel takes at most ${maxCarousel}.` });
  }
  return [...problems, ...mediaProblems(content.media)];
}

async function fetchMetrics(ctx: ConnectorContext, delivery: Delivery): Promise<Metrics> {
  const body = await graphGet<InsightsResponse>(
    ctx,
    `${threadsGraph(ctx.endpoints)}/${delivery.externalId}/insights`,
    { metric: "views,likes,replies,reposts,quotes,shares" },
    { label, token: accessTokenOf(ctx, label) },
  );
  const insights = insightsByName(body);
  const spread = ["reposts", "quotes", "shares"].map((name) => insights.get(name)).filter((n): n is number => n !== undefined);
  return {
    views: insights.get("views"),
    likes: insights.get("likes"),
    comments: insights.get("replies"),
    // Reposts, quotes and shares all carry the post further.
    shares: spread.length > 0 ? spread.reduce((a, b) => a + b, 0) : undefined,
  };
}

export const threadsConnector: Connector = {
  kind: "threads",
  label: "Threads",
  auth: "oauth2",
  media: "image",
  threads: true,
  validate,
  publish: (ctx, content) => publishThread(ctx, content),
  findExisting: (ctx, content, _key, since) => findThreadsPost(ctx, content, since),
  fetchMetrics,
  refresh: (ctx) => refreshThreadsToken(ctx),
  oauth: threadsOAuth,
  verify: verifyWithProfile(threadsOAuth),
};
