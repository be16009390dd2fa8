import "server-only";

/**
 * LinkedIn (Posts API, member posts): one post per delivery (no threads), commentary in the
 * little-text format, images through the Images API, social-action metrics, OAuth 2 without
 * PKCE and refresh where LinkedIn issues refresh tokens.
 */
import { ConnectorError } from "../errors";
import type { Connector, ConnectorContext, Delivery, Metrics, PublishContent } from "../types";
import { authorUrn, linkedinCall } from "./api";
import { findExistingLinkedIn, permalinkLinkedIn } from "./find";
import { toLittleText } from "./little-text";
import { uploadLinkedInImages } from "./media";
import { linkedinOAuth, refreshLinkedIn } from "./oauth";
import { validateLinkedIn } from "./validate";
import { verifyWithProfile } from "../verify";

async function publishLinkedIn(ctx: ConnectorContext, content: PublishContent): Promise<Delivery> {
  const problems = validateLinkedIn(content);
  if (problems.length > 0) throw new ConnectorError("rejected", problems.map((p) => p.message).join(" "));
  const author = authorUrn(ctx.channel.externalAccountId);
  const images = content.media.length > 0 ? await uploadLinkedInImages(ctx, author, content.media) : [];
  const media = images.length === 1 ? { media: images[0] } : images.length > 1 ? { multiImage: { images } } : null;
  const res = await linkedinCall(ctx, "/rest/posts", {
    method: "POST",
    json: {
      author,
      commentary: toLittleText(content.parts[0]!),
      visibility: "PUBLIC",
      distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: "PUBLISHED",
      isReshareDisabledByAuthor: false,
      ...(media ? { content: media } : {}),
    },
  });
  const urn = res.headers.get("x-restli-id");
  if (!urn) throw new ConnectorError("unknown", "LinkedIn accepted the post but returned no id.");
  return { externalId: urn, permalink: permalinkLinkedIn(urn), partIds: [urn] };
}

type SocialActions = { likesSummary?: { totalLikes?: number }; commentsSummary?: { aggregatedTotalComments?: number; totalFirstLevelComments?: number } };

async function fetchLinkedInMetrics(ctx: ConnectorContext, delivery: Delivery): Promise<Metrics> {
  let body: SocialActions;
  try {
    body = (await linkedinCall<SocialActions>(ctx, `/rest/socialActions/${encodeURIComponent(delivery.externalId)}`)).body;
  } catch (error) {
    // Reading social actions needs r_member_social, which LinkedIn grants to few apps: no
    // metrics then, and no reason to ask the member to reconnect.
    if (error instanceof ConnectorError && error.platformCode === "access_denied") return {};
    throw error;
  }
  return { likes: body.likesSummary?.totalLikes, comments: body.commentsSummary?.aggregatedTotalComments ?? body.commentsSummary?.totalFirstLevelComments };
}

export const linkedinConnector: Connector = {
  kind: "linkedin",
  label: "LinkedIn",
  auth: "oauth2",
  media: "image",
  threads: false,
  validate: validateLinkedIn,
  publish: (ctx, content) => publishLinkedIn(ctx, content),
  findExisting: (ctx, content, _key, since) => findExistingLinkedIn(ctx, content, since),
  fetchMetrics: fetchLinkedInMetrics,
  refresh: refreshLinkedIn,
  oauth: linkedinOAuth,
  verify: verifyWithProfile(linkedinOAuth),
};
