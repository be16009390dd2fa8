import "server-only";

/**
 * Publishing to Threads: each post is a container (`POST /{user-id}/threads { media_type, text,
 * image_url?, reply_to_id? }`) then `POST /{user-id}/threads_publish { creation_id }`. A thread is
 * a reply chain: each part replies to the one published before it. Images go on the first part
 * (one → IMAGE, several → a CAROUSEL of `is_carousel_item` children); containers with media are
 * published once their `status` is FINISHED. Threads has no idempotency key, so findExisting
 * matches the first part's text among the account's posts since the attempt.
 */
import { ConnectorError } from "../errors";
import type { ConnectorContext, Delivery, MediaItem, PublishContent } from "../types";
import { accessTokenOf, parseGraphTime, unixSince } from "../meta/channel";
import { waitForContainer } from "../meta/containers";
import { graphGet, graphPost, requireId, sameText, type GraphOptions, type Params } from "../meta/graph";
import { threadsGraph } from "./oauth";

const label = "Threads";
/** The quota is a rolling 24 hours; an hour later at least some of it has usually come back. */
const quotaRetryMs = 60 * 60_000;

function accountOf(ctx: ConnectorContext) {
  return { userId: ctx.channel.externalAccountId, token: accessTokenOf(ctx, label), graph: threadsGraph(ctx.endpoints) };
}

async function createContainer(ctx: ConnectorContext, base: string, params: Params, media: MediaItem[], options: GraphOptions): Promise<string> {
  const url = `${base}/threads`;
  if (media.length === 0) return requireId(await graphPost(ctx, url, { media_type: "TEXT", ...params }, options), options);
  if (media.length === 1) {
    const image = media[0]!;
    return requireId(await graphPost(ctx, url, { media_type: "IMAGE", image_url: image.url, alt_text: image.alt || undefined, ...params }, options), options);
  }
  const children: string[] = [];
  for (const image of media) {
    const child = { media_type: "IMAGE", image_url: image.url, alt_text: image.alt || undefined, is_carousel_item: true };
    children.push(requireId(await graphPost(ctx, url, child, options), options));
  }
  return requireId(await graphPost(ctx, url, { media_type: "CAROUSEL", children: children.join(","), ...params }, options), options);
}

async function permalinkOf(ctx: ConnectorContext, graph: string, token: string, id: string): Promise<string | null> {
  try {
    const body = await graphGet<{ permalink?: string }>(ctx, `${graph}/${id}`, { fields: "permalink" }, { label, token });
    return body.permalink ?? null;
  } catch {
    return null; // the post exists; only its address is unknown for now
  }
}

/** A link the parts do not already carry becomes the first post's link preview. */
function linkAttachment(content: PublishContent): string | undefined {
  if (!content.link || content.media.length > 0) return undefined;
  return content.parts.some((part) => part.includes(content.link!)) ? undefined : content.link;
}

type QuotaResponse = { data?: { quota_usage?: number; config?: { quota_total?: number } }[] };

/** `GET /{user-id}/threads_publishing_limit`: refuse before posting anything when the day's posts are used up. */
async function checkQuota(ctx: ConnectorContext, base: string, token: string): Promise<void> {
  const body = await graphGet<QuotaResponse>(ctx, `${base}/threads_publishing_limit`, { fields: "quota_usage,config" }, { label, token });
  const used = body.data?.[0]?.quota_usage;
  const total = body.data?.[0]?.config?.quota_total;
  if (typeof used === "number" && typeof total === "number" && used >= total) {
    throw new ConnectorError("rate_limited", `Threads allows ${total} posts per day through its API and this account has used them all; we will try again later.`, {
      retryAfterMs: quotaRetryMs,
      platformCode: "threads_publishing_limit",
    });
  }
}

export async function publishThread(ctx: ConnectorContext, content: PublishContent): Promise<Delivery> {
  const { userId, token, graph } = accountOf(ctx);
  const options: GraphOptions = { label, token, subject: "the post" };
  const base = `${graph}/${userId}`;
  await checkQuota(ctx, base, token);
  const ids: string[] = [];
  for (const [index, text] of content.parts.entries()) {
    const media = index === 0 ? content.media : [];
    try {
      const params: Params = { text, reply_to_id: ids.at(-1), link_attachment: index === 0 ? linkAttachment(content) : undefined };
      const containerId = await createContainer(ctx, base, params, media, options);
      if (media.length > 0) await waitForContainer(ctx, graph, containerId, "status", options);
      ids.push(requireId(await graphPost(ctx, `${base}/threads_publish`, { creation_id: containerId }, options), options));
    } catch (error) {
      if (ids.length === 0) throw error;
      // The thread has begun: publishing again from the start would post its first part twice.
      // "unknown" makes the workflow look the post up (findExisting) instead of repeating it.
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConnectorError("unknown", `Threads published ${ids.length} of ${content.parts.length} posts of the thread, then: ${reason}`, { cause: error });
    }
  }
  const first = ids[0]!;
  return { externalId: first, permalink: await permalinkOf(ctx, graph, token, first), partIds: ids };
}

type ThreadsPost = { id: string; text?: string; permalink?: string; timestamp?: string };

export async function findThreadsPost(ctx: ConnectorContext, content: PublishContent, since: Date): Promise<Delivery | null> {
  const { userId, token, graph } = accountOf(ctx);
  const body = await graphGet<{ data?: ThreadsPost[] }>(
    ctx,
    `${graph}/${userId}/threads`,
    { fields: "id,text,permalink,timestamp", since: unixSince(since), limit: 50 },
    { label, token },
  );
  const after = since.getTime() - 60_000;
  const expected = content.parts[0] ?? "";
  const found = (body.data ?? []).find((p) => sameText(p.text, expected) && (parseGraphTime(p.timestamp) ?? after) >= after);
  return found ? { externalId: found.id, permalink: found.permalink ?? null, partIds: [found.id] } : null;
}
