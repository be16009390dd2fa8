import "server-only";

/**
 * Instagram (professional accounts linked to a Facebook Page) through the Instagram Graph API with
 * Facebook Login. Connecting finds the first Page with a linked Instagram account and keeps the
 * Page's token (it does not expire) to act for that account.
 */
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import { ConnectorError } from "../errors";
import type { Connector, ConnectorContext, Delivery, Metrics, Problem, PublishContent } from "../types";
import { accessTokenOf, countHashtags, mediaProblems, singlePostProblems } from "../meta/channel";
import { graphGet, insightsByName, type InsightsResponse } from "../meta/graph";
import { managedPages, metaAuthorizeUrl, metaExchange, metaGraph } from "../meta/oauth";
import { verifyGraphAccount } from "../verify";
import { findInstagramPost, instagramCaption, publishToInstagram } from "./publish";

const label = "Instagram";
const scopes = ["instagram_basic", "instagram_content_publish", "pages_show_list", "pages_read_engagement"];
const maxCarousel = 10;

function validate(content: PublishContent): Problem[] {
  const problems = singlePostProblems(content, label);
  const caption = instagramCaption(content);
  const rule = platformRules.instagram;
  const length = countCharacters("instagram", caption);
  if (length > rule.maxChars) problems.push({ code: "too_long", message: `The Instagram caption is ${length} characters; Instagram allows ${rule.maxChars}.`, part: 1 });
  const tags = countHashtags(caption);
  if (tags > rule.maxHashtags) problems.push({ code: "hashtags", message: `The Instagram caption has ${tags} hashtags; Instagram allows ${rule.maxHashtags}.`, part: 1 });
  if (content.media.length === 0) problems.push({ code: "image_required", message: "Instagram posts need at least one image. Add an image to publish here." });
  if (content.media.length > maxCarousel) {
    problems.push({ code: "too_many_images", message: `The post has ${content.media.length} images; an Instagram carousel takes at most ${maxCarousel}.` });
  }
  content.media.forEach((item, index) => {
    if (item.mimeType && item.mimeType !== "image/jpeg") {
      problems.push({ code: "image_format", message: `Image ${index + 1} is ${item.mimeType}; Instagram publishes JPEG images only.` });
    }
  });
  return [...problems, ...mediaProblems(content.media)];
}

async function fetchMetrics(ctx: ConnectorContext, delivery: Delivery): Promise<Metrics> {
  const token = accessTokenOf(ctx, label);
  const graph = metaGraph(ctx.endpoints);
  try {
    const insights = insightsByName(
      await graphGet<InsightsResponse>(ctx, `${graph}/${delivery.externalId}/insights`, { metric: "likes,comments,shares,saved,reach,views" }, { label, token }),
    );
    return {
      likes: insights.get("likes"),
      comments: insights.get("comments"),
      shares: insights.get("shares"),
      saves: insights.get("saved"),
      views: insights.get("views"),
      // Instagram retired media impressions; reach (accounts that saw it) is the nearest measure.
      impressions: insights.get("reach"),
    };
  } catch (error) {
    if (!(error instanceof ConnectorError) || error.kind !== "rejected") throw error;
    // Insights are refused for some media (e.g. posted before the account turned professional).
    const media = await graphGet<{ like_count?: number; comments_count?: number }>(ctx, `${graph}/${delivery.externalId}`, { fields: "like_count,comments_count" }, { label, token });
    return { likes: media.like_count, comments: media.comments_count };
  }
}

export const instagramConnector: Connector = {
  kind: "instagram",
  label: "Instagram",
  auth: "oauth2",
  media: "required-image",
  threads: false,
  validate,
  publish: (ctx, content) => publishToInstagram(ctx, content),
  findExisting: (ctx, content, _key, since) => findInstagramPost(ctx, content, since),
  fetchMetrics,
  verify: verifyGraphAccount(label),
  oauth: {
    pkce: false,
    scopes,
    authorizeUrl: metaAuthorizeUrl(scopes),
    exchange: metaExchange(label),
    async profile({ tokens, http, endpoints }) {
      const fields = "name,access_token,instagram_business_account{id,username,name,profile_picture_url}";
      const pages = await managedPages(http, endpoints, tokens.accessToken, fields, label);
      const page = pages.find((p) => p.instagram_business_account?.id && p.access_token);
      const account = page?.instagram_business_account;
      if (!page?.access_token || !account) {
        throw new ConnectorError(
          "rejected",
          "No Instagram professional account is linked to a Facebook Page you manage. Switch the Instagram account to Business or Creator, link it to a Page, then connect again.",
        );
      }
      return {
        profile: { externalAccountId: account.id, name: account.name ?? account.username ?? `Instagram ${account.id}`, handle: account.username ?? null, avatarUrl: account.profile_picture_url ?? null },
        credentials: { accessToken: page.access_token, refreshToken: undefined, expiresAt: undefined, extra: { pageId: page.id } },
      };
    },
  },
};
