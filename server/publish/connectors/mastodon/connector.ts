import "server-only";

/**
 * Mastodon (any instance, the channel's service URL): statuses and threads (a reply chain), each
 * part sent with its own Idempotency-Key so a retry returns the same status instead of a new
 * one; images through /api/v2/media; OAuth with PKCE against a per-instance app (app.ts).
 */
import { ConnectorError } from "../errors";
import type { Connector, ConnectorContext, Delivery, Metrics, PublishContent } from "../types";
import { mastodonCall } from "./api";
import { findExistingMastodon } from "./find";
import { uploadMastodonImages } from "./media";
import { mastodonOAuth } from "./oauth";
import { validateMastodon } from "./validate";
import { verifyWithProfile } from "../verify";

type Status = { id: string; url: string | null; uri?: string; favourites_count?: number; reblogs_count?: number; replies_count?: number };

async function publishMastodon(ctx: ConnectorContext, content: PublishContent, idempotencyKey: string): Promise<Delivery> {
  const problems = validateMastodon(content);
  if (problems.length > 0) throw new ConnectorError("rejected", problems.map((p) => p.message).join(" "));
  const mediaIds = content.media.length > 0 ? await uploadMastodonImages(ctx, content.media) : [];
  const statuses: Status[] = [];
  for (const [i, text] of content.parts.entries()) {
    const body = {
      status: text,
      visibility: "public",
      ...(i > 0 ? { in_reply_to_id: statuses[i - 1]!.id } : {}),
      ...(i === 0 && mediaIds.length > 0 ? { media_ids: mediaIds } : {}),
    };
    // Errors keep their kind: a retry resends the same keys, and the instance answers the parts
    // already created with the same statuses (for an hour), so the chain resumes where it stopped.
    const res = await mastodonCall<Status>(ctx, "/api/v1/statuses", {
      method: "POST",
      json: body,
      headers: { "idempotency-key": content.parts.length > 1 ? `${idempotencyKey}:${i}` : idempotencyKey },
    });
    if (!res.body?.id) throw new ConnectorError("unknown", "The Mastodon instance accepted the post but returned no id.");
    statuses.push(res.body);
  }
  const first = statuses[0]!;
  return { externalId: first.id, permalink: first.url ?? first.uri ?? null, partIds: statuses.map((s) => s.id) };
}

async function fetchMastodonMetrics(ctx: ConnectorContext, delivery: Delivery): Promise<Metrics> {
  const { body } = await mastodonCall<Status>(ctx, `/api/v1/statuses/${encodeURIComponent(delivery.externalId)}`);
  return { likes: body.favourites_count, shares: body.reblogs_count, comments: body.replies_count };
}

export const mastodonConnector: Connector = {
  kind: "mastodon",
  label: "Mastodon",
  auth: "oauth2",
  media: "image",
  threads: true,
  validate: validateMastodon,
  publish: publishMastodon,
  findExisting: (ctx, content, _key, since) => findExistingMastodon(ctx, content, since),
  fetchMetrics: fetchMastodonMetrics,
  oauth: mastodonOAuth,
  verify: verifyWithProfile(mastodonOAuth),
};
