import "server-only";

/** Images: downloaded from their URL, uploaded as blobs (com.atproto.repo.uploadBlob), embedded with alt text. */
import { ConnectorError } from "../errors";
import type { ConnectorContext, MediaItem } from "../types";
import { serviceOf, xrpc } from "./xrpc";

export const maxImages = 4;
export const maxImageBytes = 1_000_000;

type Blob = { $type: "blob"; ref: { $link: string }; mimeType: string; size: number };

async function download(ctx: ConnectorContext, item: MediaItem, n: number): Promise<{ bytes: Uint8Array<ArrayBuffer>; mimeType: string }> {
  let res: Response;
  try {
    res = await ctx.http(item.url, { signal: ctx.signal ?? AbortSignal.timeout(30_000) });
  } catch (cause) {
    throw new ConnectorError("transient", `Image ${n} could not be downloaded (${cause instanceof Error ? cause.message : "network error"}).`, { cause });
  }
  if (!res.ok) {
    throw new ConnectorError(res.status >= 500 ? "transient" : "rejected", `Image ${n} could not be downloaded (its server answered ${res.status}).`, { httpStatus: res.status });
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  const mimeType = item.mimeType ?? res.headers.get("content-type")?.split(";")[0]?.trim() ?? "application/octet-stream";
  if (!mimeType.startsWith("image/")) throw new ConnectorError("rejected", `Image ${n} is not an image (${mimeType}).`);
  if (bytes.byteLength > maxImageBytes) {
    throw new ConnectorError("rejected", `Image ${n} is ${(bytes.byteLength / 1_000_000).toFixed(1)} MB; Bluesky allows 1 MB per image.`);
  }
  return { bytes, mimeType };
}

export async function uploadImages(ctx: ConnectorContext, media: MediaItem[], accessJwt: string) {
  const images: Array<{ alt: string; image: Blob }> = [];
  for (const [i, item] of media.slice(0, maxImages).entries()) {
    const { bytes, mimeType } = await download(ctx, item, i + 1);
    const res = await xrpc<{ blob: Blob }>(ctx, serviceOf(ctx.channel.serviceUrl), "com.atproto.repo.uploadBlob", {
      method: "POST",
      body: bytes,
      headers: { "content-type": mimeType },
      token: accessJwt,
    });
    images.push({ alt: item.alt ?? "", image: res.body.blob });
  }
  return images.length ? { $type: "app.bsky.embed.images", images } : undefined;
}
