import "server-only";

/**
 * Publishing to a Facebook Page with its page access token:
 * - text (and link preview): `POST /{page-id}/feed { message, link? }` → `{ id }`;
 * - one image: `POST /{page-id}/photos { url, caption }` → `{ id, post_id }`;
 * - several images: each `POST /{page-id}/photos { url, published: false }`, then
 *   `POST /{page-id}/feed { message, attached_media[i]: {"media_fbid": …} }`.
 * Facebook downloads images from their URLs itself. The Graph API has no idempotency key, so
 * findExisting lists the Page's posts since the attempt and matches the message we sent.
 */
import type { ConnectorContext, Delivery, PublishContent } from "../types";
import { accessTokenOf, textWithLink, unixSince } from "../meta/channel";
import { graphGet, graphPost, requireId, sameText } from "../meta/graph";
import { metaGraph } from "../meta/oauth";

const label = "Facebook";

/** The text the post will carry: with images the link cannot be a preview, so it goes in the text. */
export function facebookMessage(content: PublishContent): string {
  const text = content.parts[0] ?? "";
  return content.media.length > 0 ? textWithLink(text, content.link) : text;
}

function pageOf(ctx: ConnectorContext): { pageId: string; token: string; graph: string } {
  return { pageId: ctx.channel.externalAccountId, token: accessTokenOf(ctx, label), graph: metaGraph(ctx.endpoints) };
}

export function fallbackPermalink(postId: string): string {
  return `https://www.facebook.com/${postId}`;
}

async function permalinkOf(ctx: ConnectorContext, graph: string, token: string, postId: string): Promise<string> {
  try {
    const body = await graphGet<{ permalink_url?: string }>(ctx, `${graph}/${postId}`, { fields: "permalink_url" }, { label, token });
    return body.permalink_url ?? fallbackPermalink(postId);
  } catch {
    // The post exists; a failed lookup of its address must not make the publish look failed.
    return fallbackPermalink(postId);
  }
}

export async function publishToPage(ctx: ConnectorContext, content: PublishContent): Promise<Delivery> {
  const { pageId, token, graph } = pageOf(ctx);
  const post = { label, token, subject: "the post" };
  const message = facebookMessage(content);
  let postId: string;
  if (content.media.length === 0) {
    const linkParam = content.link && !message.includes(content.link) ? content.link : undefined;
    postId = requireId(await graphPost(ctx, `${graph}/${pageId}/feed`, { message, link: linkParam }, post), post);
  } else if (content.media.length === 1) {
    const image = content.media[0]!;
    const body = await graphPost<{ id?: string; post_id?: string }>(
      ctx,
      `${graph}/${pageId}/photos`,
      { url: image.url, caption: message, alt_text_custom: image.alt || undefined },
      post,
    );
    postId = body.post_id ?? requireId(body, post);
  } else {
    const attached: Record<string, string> = {};
    for (const [index, image] of content.media.entries()) {
      const photo = await graphPost(ctx, `${graph}/${pageId}/photos`, { url: image.url, published: false, alt_text_custom: image.alt || undefined }, post);
      attached[`attached_media[${index}]`] = JSON.stringify({ media_fbid: requireId(photo, post) });
    }
    postId = requireId(await graphPost(ctx, `${graph}/${pageId}/feed`, { message, ...attached }, post), post);
  }
  return { externalId: postId, permalink: await permalinkOf(ctx, graph, token, postId), partIds: [postId] };
}

type PagePost = { id: string; message?: string; permalink_url?: string };

export async function findPagePost(ctx: ConnectorContext, content: PublishContent, since: Date): Promise<Delivery | null> {
  const { pageId, token, graph } = pageOf(ctx);
  const expected = facebookMessage(content);
  const body = await graphGet<{ data?: PagePost[] }>(
    ctx,
    `${graph}/${pageId}/posts`,
    { since: unixSince(since), fields: "id,message,permalink_url", limit: 100 },
    { label, token },
  );
  const found = (body.data ?? []).find((p) => sameText(p.message, expected));
  if (!found) return null;
  return { externalId: found.id, permalink: found.permalink_url ?? fallbackPermalink(found.id), partIds: [found.id] };
}
