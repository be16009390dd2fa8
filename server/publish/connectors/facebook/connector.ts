import "server-only";

/**
 * Facebook Pages through the Graph API. The channel is one Page: connecting lists the Pages the
 * member manages (`GET /me/accounts`) and keeps the first one with its page access token.
 */
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import { ConnectorError } from "../errors";
import type { Connector, ConnectorContext, Delivery, Metrics, Problem, PublishContent } from "../types";
import { accessTokenOf, mediaProblems, singlePostProblems } from "../meta/channel";
import { graphGet, insightsByName, type InsightsResponse } from "../meta/graph";
import { managedPages, metaAuthorizeUrl, metaExchange, metaGraph } from "../meta/oauth";
import { verifyGraphAccount } from "../verify";
import { facebookMessage, findPagePost, publishToPage } from "./publish";

const label = "Facebook";
const scopes = ["pages_show_list", "pages_manage_posts", "pages_read_engagement"];

function validate(content: PublishContent): Problem[] {
  const problems = singlePostProblems(content, label);
  const text = facebookMessage(content);
  if (!text.trim() && content.media.length === 0) problems.push({ code: "empty", message: "The Facebook post is empty." });
  const max = platformRules.facebook.maxChars;
  const length = countCharacters("facebook", text);
  if (length > max) problems.push({ code: "too_long", message: `The Facebook post is ${length} characters; Facebook allows ${max}.`, part: 1 });
  return [...problems, ...mediaProblems(content.media)];
}

type Summary = { summary?: { total_count?: number } };

async function fetchMetrics(ctx: ConnectorContext, delivery: Delivery): Promise<Metrics> {
  const token = accessTokenOf(ctx, label);
  const graph = metaGraph(ctx.endpoints);
  const post = await graphGet<{ reactions?: Summary; comments?: Summary; shares?: { count?: number } }>(
    ctx,
    `${graph}/${delivery.externalId}`,
    { fields: "reactions.summary(total_count),comments.summary(total_count),shares" },
    { label, token },
  );
  const metrics: Metrics = {
    likes: post.reactions?.summary?.total_count ?? 0,
    comments: post.comments?.summary?.total_count ?? 0,
    shares: post.shares?.count ?? 0,
  };
  try {
    const insights = insightsByName(
      await graphGet<InsightsResponse>(ctx, `${graph}/${delivery.externalId}/insights`, { metric: "post_impressions,post_clicks" }, { label, token }),
    );
    if (insights.has("post_impressions")) metrics.impressions = insights.get("post_impressions");
    if (insights.has("post_clicks")) metrics.clicks = insights.get("post_clicks");
  } catch (error) {
    // Insights need more than engagement access on some Pages; reactions and comments still count.
    if (!(error instanceof ConnectorError) || error.kind === "rate_limited") throw error;
  }
  return metrics;
}

export const facebookConnector: Connector = {
  kind: "facebook",
  label: "Facebook Page",
  auth: "oauth2",
  media: "image",
  threads: false,
  validate,
  publish: (ctx, content) => publishToPage(ctx, content),
  findExisting: (ctx, content, _key, since) => findPagePost(ctx, content, since),
  fetchMetrics,
  verify: verifyGraphAccount(label),
  oauth: {
    pkce: false,
    scopes,
    authorizeUrl: metaAuthorizeUrl(scopes),
    exchange: metaExchange(label),
    async profile({ tokens, http, endpoints }) {
      const pages = await managedPages(http, endpoints, tokens.accessToken, "id,name,access_token,picture{url}", label);
      const page = pages.find((p) => p.access_token);
      if (!page?.access_token) {
        throw new ConnectorError("rejected", "This Facebook account manages no Page Loomcast may post to. Create a Page or grant access to one, then connect again.");
      }
      return {
        profile: { externalAccountId: page.id, name: page.name ?? `Page ${page.id}`, handle: null, avatarUrl: page.picture?.data?.url ?? null },
        // The page token (from a long-lived user token) does not expire: nothing to refresh.
        credentials: { accessToken: page.access_token, refreshToken: undefined, expiresAt: undefined, extra: { pageId: page.id } },
      };
    },
  },
};
