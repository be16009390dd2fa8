import "server-only";

/**
 * Finding a status after an unknown outcome. Mastodon keeps an Idempotency-Key for one hour, so a
 * retry soon after is already safe; beyond that we list the account's recent statuses and match
 * the first part's text after Mastodon's rendering (HTML paragraphs, links, mentions).
 */
import type { ConnectorContext, Delivery, PublishContent } from "../types";
import { mastodonCall } from "./api";

type Status = { id: string; url: string | null; uri?: string; content: string; created_at: string; in_reply_to_id: string | null };

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Mastodon's HTML `content` back to the text that was posted. */
export function statusText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_m, name: string) => entities[name]!);
}

/** Compare texts the way Mastodon shows them: remote mentions by their user part, spaces collapsed. */
export function normaliseMastodonText(text: string): string {
  return text
    .replace(/(@[\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, "$1")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}

export async function findExistingMastodon(ctx: ConnectorContext, content: PublishContent, since: Date): Promise<Delivery | null> {
  if (content.parts.length === 0) return null;
  const res = await mastodonCall<Status[]>(ctx, `/api/v1/accounts/${encodeURIComponent(ctx.channel.externalAccountId)}/statuses?limit=40`);
  // A minute of slack for clock differences between us and the instance.
  const after = since.getTime() - 60_000;
  const recent = res.body.filter((s) => Date.parse(s.created_at) >= after);
  const wanted = content.parts.map(normaliseMastodonText);
  const same = (s: Status, i: number) => normaliseMastodonText(statusText(s.content)) === wanted[i];
  const head = recent.find((s) => same(s, 0) && !s.in_reply_to_id);
  if (!head) return null;
  // Follow the reply chain as far as it got; a shorter chain means the thread stopped midway.
  const partIds = [head.id];
  for (let i = 1; i < wanted.length; i++) {
    const next = recent.find((s) => s.in_reply_to_id === partIds[i - 1] && same(s, i));
    if (!next) break;
    partIds.push(next.id);
  }
  return { externalId: head.id, permalink: head.url ?? head.uri ?? null, partIds };
}
