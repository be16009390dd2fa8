import "server-only";

/**
 * Publishing: one app.bsky.feed.post record per part (com.atproto.repo.createRecord), each part
 * replying to the previous one (root = first part), images on the first part. Every part's rkey
 * carries the job's idempotency key (rkey.ts), which is how findExisting recognises our posts.
 */
import type { ConnectorContext, Delivery, PublishContent } from "../types";
import { detectFacets } from "./facets";
import { uploadImages } from "./media";
import { clockIdFor, parseTid, rkeyFor, rkeyOfUri } from "./rkey";
import { withSession } from "./session";
import { postCollection, serviceOf, xrpc } from "./xrpc";

type StrongRef = { uri: string; cid: string };
type ListedRecord = { uri: string; cid: string; value: { text?: string; reply?: { parent?: { uri?: string } } } };

export function permalinkOf(ctx: ConnectorContext, uri: string): string {
  const web = (ctx.endpoints["bluesky.web"] ?? "https://bsky.app").replace(/\/+$/, "");
  return `${web}/profile/${ctx.channel.handle || ctx.channel.externalAccountId}/post/${rkeyOfUri(uri)}`;
}

export async function publishPost(ctx: ConnectorContext, content: PublishContent, idempotencyKey: string): Promise<Delivery> {
  const service = serviceOf(ctx.channel.serviceUrl);
  const refs: StrongRef[] = [];
  for (const [index, text] of content.parts.entries()) {
    const embed = index === 0 && content.media.length ? await withSession(ctx, (jwt) => uploadImages(ctx, content.media, jwt)) : undefined;
    const facets = detectFacets(text);
    const root = refs[0];
    const parent = refs[refs.length - 1];
    const record = {
      $type: postCollection,
      text,
      createdAt: new Date().toISOString(),
      ...(facets.length ? { facets } : {}),
      ...(root && parent ? { reply: { root, parent } } : {}),
      ...(embed ? { embed } : {}),
    };
    const rkey = rkeyFor(idempotencyKey, index);
    const res = await withSession(ctx, (jwt, did) =>
      xrpc<StrongRef>(ctx, service, "com.atproto.repo.createRecord", { method: "POST", token: jwt, json: { repo: did, collection: postCollection, rkey, record } }),
    );
    refs.push({ uri: res.body.uri, cid: res.body.cid });
  }
  const first = refs[0]!;
  return { externalId: first.uri, permalink: permalinkOf(ctx, first.uri), partIds: refs.map((r) => r.uri) };
}

/**
 * Looks through the account's posts since `since` (newest first, com.atproto.repo.listRecords)
 * for the parts this idempotency key made: same clock id in the rkey and the same text.
 */
export async function findPost(ctx: ConnectorContext, content: PublishContent, idempotencyKey: string, since: Date): Promise<Delivery | null> {
  const service = serviceOf(ctx.channel.serviceUrl);
  const sinceUs = BigInt(since.getTime() - 5 * 60_000) * 1000n; // clock skew between us and the PDS
  const wanted = content.parts.map((text, index) => ({ text, clockId: clockIdFor(idempotencyKey, index) }));
  const found = new Map<number, string>();
  let cursor: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const res = await withSession(ctx, (jwt, did) =>
      xrpc<{ records?: ListedRecord[]; cursor?: string }>(ctx, service, "com.atproto.repo.listRecords", {
        token: jwt,
        query: { repo: did, collection: postCollection, limit: "100", cursor },
      }),
    );
    const records = res.body.records ?? [];
    let reachedOlder = false;
    for (const record of records) {
      const parsed = parseTid(rkeyOfUri(record.uri));
      if (!parsed) continue;
      if (parsed.timestampUs < sinceUs) {
        reachedOlder = true;
        continue;
      }
      const index = wanted.findIndex((w, i) => !found.has(i) && w.clockId === parsed.clockId && w.text === record.value.text);
      if (index >= 0) found.set(index, record.uri);
    }
    cursor = res.body.cursor;
    if (found.size === wanted.length || reachedOlder || !cursor || records.length === 0) break;
  }
  const firstUri = found.get(0);
  if (!firstUri) return null;
  const partIds = wanted.map((_, i) => found.get(i)).filter((u): u is string => Boolean(u));
  return { externalId: firstUri, permalink: permalinkOf(ctx, firstUri), partIds };
}
