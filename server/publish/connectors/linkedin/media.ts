import "server-only";

/**
 * Images on LinkedIn (Images API): initializeUpload with the author as owner returns an upload
 * URL and the image URN; the bytes are then PUT to that URL.
 */
import { ConnectorError } from "../errors";
import type { ConnectorContext, MediaItem } from "../types";
import { linkedinCall } from "./api";

const timeoutMs = 60_000;

const signalOf = (ctx: ConnectorContext) => (ctx.signal ? AbortSignal.any([ctx.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs));

async function download(ctx: ConnectorContext, item: MediaItem): Promise<Blob> {
  let res: Response;
  try {
    res = await ctx.http(item.url, { signal: signalOf(ctx) });
  } catch (cause) {
    throw new ConnectorError("transient", `The image ${item.url} could not be downloaded for LinkedIn; Loomcast will try again.`, { cause });
  }
  if (!res.ok) {
    const kind = res.status >= 500 || res.status === 429 ? "transient" : "rejected";
    throw new ConnectorError(kind, `The image ${item.url} could not be downloaded for LinkedIn (HTTP ${res.status}).`, { httpStatus: res.status });
  }
  const type = item.mimeType ?? res.headers.get("content-type")?.split(";")[0]?.trim() ?? "application/octet-stream";
  return new Blob([await res.arrayBuffer()], { type });
}

async function put(ctx: ConnectorContext, uploadUrl: string, image: Blob): Promise<void> {
  let res: Response;
  try {
    res = await ctx.http(uploadUrl, { method: "PUT", body: image, headers: { authorization: `Bearer ${ctx.channel.credentials.accessToken}`, "content-type": image.type }, signal: signalOf(ctx) });
  } catch (cause) {
    // Nothing is published by an upload: trying again is safe.
    throw new ConnectorError("transient", "LinkedIn did not answer while an image was uploading; Loomcast will try again.", { cause });
  }
  if (res.ok) return;
  const kind = res.status === 401 ? "auth" : res.status === 429 ? "rate_limited" : res.status >= 500 ? "transient" : "rejected";
  throw new ConnectorError(kind, `LinkedIn refused an image upload (HTTP ${res.status}).`, { httpStatus: res.status, retryAfterMs: kind === "rate_limited" ? 60_000 : null });
}

export async function uploadLinkedInImages(ctx: ConnectorContext, author: string, media: MediaItem[]): Promise<{ id: string; altText: string }[]> {
  const images: { id: string; altText: string }[] = [];
  for (const item of media) {
    const bytes = await download(ctx, item);
    const init = await linkedinCall<{ value?: { uploadUrl?: string; image?: string } }>(ctx, "/rest/images?action=initializeUpload", {
      method: "POST",
      json: { initializeUploadRequest: { owner: author } },
    });
    const { uploadUrl, image } = init.body.value ?? {};
    if (!uploadUrl || !image) throw new ConnectorError("transient", "LinkedIn did not return an image upload address; Loomcast will try again.");
    await put(ctx, uploadUrl, bytes);
    images.push({ id: image, altText: item.alt });
  }
  return images;
}
