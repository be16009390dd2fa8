import "server-only";

/**
 * LinkedIn has no idempotency key: after an unknown outcome, list the member's recent posts
 * (Posts API author finder) and match the commentary. Reading posts needs r_member_social; where
 * LinkedIn has not granted it the check cannot be made and null is returned, and LinkedIn's own
 * duplicate check (422 "Content is a duplicate of …") still refuses an identical second post.
 */
import { logger } from "@/server/log/logger";
import { ConnectorError } from "../errors";
import type { ConnectorContext, Delivery, PublishContent } from "../types";
import { authorUrn, linkedinCall } from "./api";
import { fromLittleText } from "./little-text";

type Post = { id: string; commentary?: string; createdAt?: number; publishedAt?: number; lifecycleState?: string };

const normalise = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

export const permalinkLinkedIn = (urn: string) => `https://www.linkedin.com/feed/update/${urn}/`;

export async function findExistingLinkedIn(ctx: ConnectorContext, content: PublishContent, since: Date): Promise<Delivery | null> {
  const first = content.parts[0];
  if (first === undefined) return null;
  const author = authorUrn(ctx.channel.externalAccountId);
  let posts: Post[];
  try {
    const query = new URLSearchParams({ author, q: "author", count: "20", sortBy: "LAST_MODIFIED" });
    const res = await linkedinCall<{ elements?: Post[] }>(ctx, `/rest/posts?${query}`, { headers: { "x-restli-method": "FINDER" } });
    posts = res.body.elements ?? [];
  } catch (error) {
    if (error instanceof ConnectorError && error.platformCode === "access_denied") {
      logger.warn("linkedin.find_existing.not_permitted", { channelId: ctx.channel.id });
      return null;
    }
    throw error;
  }
  // A minute of slack for clock differences between us and LinkedIn.
  const after = since.getTime() - 60_000;
  const wanted = normalise(first);
  const found = posts.find((p) => (p.createdAt ?? p.publishedAt ?? 0) >= after && normalise(fromLittleText(p.commentary ?? "")) === wanted);
  return found ? { externalId: found.id, permalink: permalinkLinkedIn(found.id), partIds: [found.id] } : null;
}
