import "server-only";

/**
 * Images on Mastodon: POST /api/v2/media (multipart `file` + `description` as alt text). A 202
 * means the instance is still processing: poll GET /api/v1/media/:id until its `url` is set.
 */
import { ConnectorError } from "../errors";
import type { ConnectorContext, MediaItem } from "../types";
import { mastodonCall } from "./api";

const downloadTimeoutMs = 30_000;
const pollDelaysMs = [250, 500, 1000, 2000, 3000, 5000, 5000, 5000, 5000, 5000];

type Attachment = { id: string; url: string | null };

async function downloadImage(ctx: ConnectorContext, item: MediaItem): Promise<Blob> {
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, AbortSignal.timeout(downloadTimeoutMs)]) : AbortSignal.timeout(downloadTimeoutMs);
  let res: Response;
  try {
    res = await ctx.http(item.url, { signal });
  } catch (cause) {
    throw new ConnectorError("transient", `The image ${item.url} could not be downloaded for Mastodon; Loomcast will try again.`, { cause });
  }
  if (!res.ok) {
    const kind = res.status >= 500 || res.status === 429 ? "transient" : "rejected";
    throw new ConnectorError(kind, `The image ${item.url} could not be downloaded for Mastodon (HTTP ${res.status}).`, { httpStatus: res.status });
  }
  const type = item.mimeType ?? res.headers.get("content-type")?.split(";")[0]?.trim() ?? "application/octet-stream";
  return new Blob([await res.arrayBuffer()], { type });
}

async function waitUntilProcessed(ctx: ConnectorContext, attachment: Attachment): Promise<Attachment> {
  let current = attachment;
  for (const delay of pollDelaysMs) {
    if (current.url) return current;
    await new Promise((resolve) => setTimeout(resolve, delay));
    current = (await mastodonCall<Attachment>(ctx, `/api/v1/media/${encodeURIComponent(attachment.id)}`)).body;
  }
  if (current.url) return current;
  throw new ConnectorError("transient", "The Mastodon instance is still processing an image; Loomcast will try again.");
}

export async function uploadMastodonImages(ctx: ConnectorContext, media: MediaItem[]): Promise<string[]> {
  const ids: string[] = [];
  for (const item of media) {
    const form = new FormData();
    form.set("file", await downloadImage(ctx, item), "image");
    if (item.alt.trim()) form.set("description", item.alt);
    const res = await mastodonCall<Attachment>(ctx, "/api/v2/media", { method: "POST", body: form });
    const attachment = res.status === 202 ? await waitUntilProcessed(ctx, res.body) : res.body;
    ids.push(attachment.id);
  }
  return ids;
}
