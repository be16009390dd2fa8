import "server-only";

/**
 * Instagram content publishing (business or creator account linked to a Page):
 * 1. `GET /{ig-user-id}/content_publishing_limit` — refuse early when the 24-hour quota is used up;
 * 2. one image: `POST /{ig-user-id}/media { image_url, caption, alt_text }` → container id;
 *    several: one `is_carousel_item` container per image, then `media_type=CAROUSEL` with `children`;
 * 3. wait until the container's `status_code` is FINISHED;
 * 4. `POST /{ig-user-id}/media_publish { creation_id }` → the media id.
 * Instagram fetches the images from their URLs. No idempotency key exists, so findExisting lists
 * the account's media since the attempt and matches the caption.
 */
import { ConnectorError } from "../errors";
import type { ConnectorContext, Delivery, PublishContent } from "../types";
import { accessTokenOf, parseGraphTime, unixSince } from "../meta/channel";
import { waitForContainer } from "../meta/containers";
import { graphGet, graphPost, requireId, sameText, type GraphOptions } from "../meta/graph";
import { metaGraph } from "../meta/oauth";

const label = "Instagram";
/** The quota is a rolling 24 hours; an hour later at least some of it has usually come back. */
const quotaRetryMs = 60 * 60_000;

export function instagramCaption(content: PublishContent): string {
  return content.parts[0] ?? "";
}

function accountOf(ctx: ConnectorContext) {
  return { igUserId: ctx.channel.externalAccountId, token: accessTokenOf(ctx, label), graph: metaGraph(ctx.endpoints) };
}

type QuotaResponse = { data?: { quota_usage?: number; config?: { quota_total?: number; quota_duration?: number } }[] };

async function checkQuota(ctx: ConnectorContext, graph: string, igUserId: string, token: string): Promise<void> {
  const body = await graphGet<QuotaResponse>(ctx, `${graph}/${igUserId}/content_publishing_limit`, { fields: "quota_usage,config" }, { label, token });
  const entry = body.data?.[0];
  const used = entry?.quota_usage;
  const total = entry?.config?.quota_total;
  if (typeof used === "number" && typeof total === "number" && used >= total) {
    throw new ConnectorError("rate_limited", `Instagram allows ${total} posts per day through its API and this account has used them all; we will try again later.`, {
      retryAfterMs: quotaRetryMs,
      platformCode: "content_publishing_limit",
    });
  }
}

async function createContainer(ctx: ConnectorContext, graph: string, igUserId: string, content: PublishContent, options: GraphOptions): Promise<string> {
  const caption = instagramCaption(content);
  const url = `${graph}/${igUserId}/media`;
  if (content.media.length === 1) {
    const image = content.media[0]!;
    return requireId(await graphPost(ctx, url, { image_url: image.url, caption, alt_text: image.alt || undefined }, options), options);
  }
  const children: string[] = [];
  for (const image of content.media) {
    children.push(requireId(await graphPost(ctx, url, { image_url: image.url, is_carousel_item: true, alt_text: image.alt || undefined }, options), options));
  }
  return requireId(await graphPost(ctx, url, { media_type: "CAROUSEL", children: children.join(","), caption }, options), options);
}

async function permalinkOf(ctx: ConnectorContext, graph: string, token: string, mediaId: string): Promise<string | null> {
  try {
    const body = await graphGet<{ permalink?: string }>(ctx, `${graph}/${mediaId}`, { fields: "permalink" }, { label, token });
    return body.permalink ?? null;
  } catch {
    return null; // the post exists; only its address is unknown for now
  }
}

export async function publishToInstagram(ctx: ConnectorContext, content: PublishContent): Promise<Delivery> {
  if (content.media.length === 0) throw new ConnectorError("rejected", "Instagram posts need at least one image.");
  const { igUserId, token, graph } = accountOf(ctx);
  const options: GraphOptions = { label, token, subject: "the post" };
  await checkQuota(ctx, graph, igUserId, token);
  const containerId = await createContainer(ctx, graph, igUserId, content, options);
  await waitForContainer(ctx, graph, containerId, "status_code", options);
  const mediaId = requireId(await graphPost(ctx, `${graph}/${igUserId}/media_publish`, { creation_id: containerId }, options), options);
  return { externalId: mediaId, permalink: await permalinkOf(ctx, graph, token, mediaId), partIds: [mediaId] };
}

type Media = { id: string; caption?: string; permalink?: string; timestamp?: string };

export async function findInstagramPost(ctx: ConnectorContext, content: PublishContent, since: Date): Promise<Delivery | null> {
  const { igUserId, token, graph } = accountOf(ctx);
  const body = await graphGet<{ data?: Media[] }>(
    ctx,
    `${graph}/${igUserId}/media`,
    { fields: "id,caption,permalink,timestamp", since: unixSince(since), limit: 50 },
    { label, token },
  );
  const after = since.getTime() - 60_000;
  const expected = instagramCaption(content);
  const found = (body.data ?? []).find((m) => sameText(m.caption, expected) && (parseGraphTime(m.timestamp) ?? after) >= after);
  return found ? { externalId: found.id, permalink: found.permalink ?? null, partIds: [found.id] } : null;
}
