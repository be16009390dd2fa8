import "server-only";

/**
 * Images on X: download each image, upload it with the v2 simple upload (multipart `media` +
 * `media_category=tweet_image`), then set its alt text through POST /2/media/metadata.
 */
import { ConnectorError } from "../errors";
import type { ConnectorContext, MediaItem } from "../types";
import { xCall } from "./api";

const downloadTimeoutMs = 30_000;

/** The image's bytes; a missing image is the content's problem, a flaky host is transient. */
export async function downloadImage(ctx: Pick<ConnectorContext, "http" | "signal">, item: MediaItem, label: string): Promise<{ bytes: ArrayBuffer; mimeType: string }> {
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, AbortSignal.timeout(downloadTimeoutMs)]) : AbortSignal.timeout(downloadTimeoutMs);
  let res: Response;
  try {
    res = await ctx.http(item.url, { signal });
  } catch (cause) {
    throw new ConnectorError("transient", `The image ${item.url} could not be downloaded for ${label}; Loomcast will try again.`, { cause });
  }
  if (!res.ok) {
    const kind = res.status >= 500 || res.status === 429 ? "transient" : "rejected";
    throw new ConnectorError(kind, `The image ${item.url} could not be downloaded for ${label} (HTTP ${res.status}).`, { httpStatus: res.status });
  }
  const bytes = await res.arrayBuffer();
  const mimeType = item.mimeType ?? res.headers.get("content-type")?.split(";")[0]?.trim() ?? "application/octet-stream";
  return { bytes, mimeType };
}

export async function uploadXImages(ctx: ConnectorContext, media: MediaItem[]): Promise<string[]> {
  const ids: string[] = [];
  for (const item of media) {
    const { bytes, mimeType } = await downloadImage(ctx, item, "X");
    const form = new FormData();
    form.set("media", new Blob([bytes], { type: mimeType }), "image");
    form.set("media_category", "tweet_image");
    const uploaded = await xCall<{ data?: { id?: string } }>(ctx, `${ctx.endpoints["x.upload"]}/2/media/upload`, { method: "POST", body: form });
    const id = uploaded.body.data?.id;
    if (!id) throw new ConnectorError("transient", "X accepted an image but returned no media id; Loomcast will try again.");
    if (item.alt.trim()) {
      await xCall(ctx, `${ctx.endpoints["x.upload"]}/2/media/metadata`, { method: "POST", json: { id, metadata: { alt_text: { text: item.alt } } } });
    }
    ids.push(id);
  }
  return ids;
}
