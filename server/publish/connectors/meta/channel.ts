import "server-only";

/** Small pieces every Meta connector (Facebook, Instagram, Threads) needs from the channel and the content. */
import { ConnectorError } from "../errors";
import type { ConnectorContext, MediaItem, Problem, PublishContent } from "../types";

export function accessTokenOf(ctx: ConnectorContext, label: string): string {
  const token = ctx.channel.credentials.accessToken;
  if (!token) throw new ConnectorError("auth", `The ${label} channel has no access token. Reconnect the channel.`);
  return token;
}

/** Unix seconds, as Graph's `since` parameter takes them (a minute early, for clock skew). */
export function unixSince(since: Date): number {
  return Math.floor(since.getTime() / 1000) - 60;
}

const hashtagPattern = /(^|[^\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu;

export function countHashtags(text: string): number {
  return Array.from(text.matchAll(hashtagPattern)).length;
}

/** Problems with the images themselves: each must be an http(s) URL the platform can fetch. */
export function mediaProblems(media: MediaItem[]): Problem[] {
  const problems: Problem[] = [];
  media.forEach((item, index) => {
    let ok = false;
    try {
      ok = ["http:", "https:"].includes(new URL(item.url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) problems.push({ code: "media_url", message: `Image ${index + 1} is not a web address the platform can download.` });
  });
  return problems;
}

/** Refuses a thread on a platform without threads. */
export function singlePostProblems(content: PublishContent, label: string): Problem[] {
  if (content.parts.length > 1) {
    return [{ code: "thread", message: `${label} does not support threads; this post has ${content.parts.length} parts. Join them into one post.` }];
  }
  return [];
}

/** The text with the link appended when the text does not already contain it. */
export function textWithLink(text: string, link: string | undefined): string {
  if (!link || text.includes(link)) return text;
  return text.trim() ? `${text.trimEnd()}\n\n${link}` : link;
}

export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  if (signal?.aborted) throw new ConnectorError("transient", "Publishing was cancelled while waiting for the platform.");
  await new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ConnectorError("transient", "Publishing was cancelled while waiting for the platform."));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Graph timestamps look like `2025-03-01T18:10:00+0000`; make the offset ISO so Date.parse reads it. */
export function parseGraphTime(value: string | undefined): number | null {
  if (!value) return null;
  const at = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(at) ? null : at;
}
