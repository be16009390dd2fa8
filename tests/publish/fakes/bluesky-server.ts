/**
 * A local Bluesky PDS for tests: app-password sessions (createSession/refreshSession with JWTs
 * that carry `exp`), createRecord for app.bsky.feed.post (repo must be the caller's DID; a
 * caller-chosen rkey must be a TID within 10 minutes of now, as the real PDS requires; 300
 * graphemes), getRecord/listRecords (newest first), uploadBlob, getPosts with counts and
 * getProfile. Errors use XRPC's `{ error, message }`; rate limits are scripted with
 * `server.failNext(…, blueskyRateLimited(resetAt))`.
 */
import type { Endpoints } from "@/server/publish/connectors/types";
import { startFakeServer, type FakeServer, type LoggedRequest, type Reply } from "./fake-server";

export type BlueskyFakePost = { uri: string; cid: string; rkey: string; record: Record<string, unknown> & { text: string }; likeCount: number; repostCount: number; replyCount: number; quoteCount: number };

const xrpcError = (status: number, error: string, message: string): Reply => ({ status, json: { error, message } });
export const blueskyRateLimited = (resetAt: Date): Reply => ({
  ...xrpcError(429, "RateLimitExceeded", "Rate Limit Exceeded"),
  headers: { "ratelimit-limit": "1666", "ratelimit-remaining": "0", "ratelimit-reset": String(Math.floor(resetAt.getTime() / 1000)), "ratelimit-policy": "1666;w=3600" },
});

const s32 = "234567abcdefghijklmnopqrstuvwxyz";
function tidTimestampMs(rkey: string): number | null {
  if (!/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(rkey)) return null;
  let us = 0n;
  for (const ch of rkey.slice(0, 11)) us = us * 32n + BigInt(s32.indexOf(ch));
  return Number(us / 1000n);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const graphemes = (text: string) => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].length;

export async function startBlueskyFake(options: { handle?: string; appPassword?: string } = {}) {
  const server: FakeServer = await startFakeServer();
  const account = { did: "did:plc:ewvi7nxzyoun6zhxrhs64oiz", handle: options.handle ?? "loom.test", email: "loom@example.test", appPassword: options.appPassword ?? "abcd-efgh-ijkl-mnop", displayName: "Loom on Bluesky" };
  const access = new Map<string, { expired: boolean }>();
  const refresh = new Set<string>();
  const posts: BlueskyFakePost[] = [];
  const blobs: Array<{ cid: string; mimeType: string; size: number }> = [];
  let seq = 0;

  const session = (accessTtlSec = 7200) => {
    seq += 1;
    const now = Math.floor(Date.now() / 1000);
    const accessJwt = `${b64({ typ: "at+jwt", alg: "ES256K" })}.${b64({ scope: "com.atproto.appPass", sub: account.did, iat: now, exp: now + accessTtlSec, n: seq })}.sig${seq}`;
    const refreshJwt = `${b64({ typ: "refresh+jwt", alg: "ES256K" })}.${b64({ scope: "com.atproto.refresh", sub: account.did, exp: now + 90 * 86400, n: seq })}.sig${seq}`;
    access.set(accessJwt, { expired: false });
    refresh.add(refreshJwt);
    return { accessJwt, refreshJwt, handle: account.handle, did: account.did, email: account.email, active: true };
  };
  const bearer = (req: LoggedRequest) => /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1] ?? null;
  const authed = (handler: (req: LoggedRequest) => Reply) => (req: LoggedRequest) => {
    const token = bearer(req);
    if (!token) return xrpcError(401, "AuthenticationRequired", "Authentication Required");
    const state = access.get(token);
    if (!state) return xrpcError(400, "InvalidToken", "Token could not be verified");
    if (state.expired) return xrpcError(400, "ExpiredToken", "Token has expired");
    return handler(req);
  };
  const body = (req: LoggedRequest) => (req.json ?? {}) as Record<string, unknown>;

  server.route("POST", "/xrpc/com.atproto.server.createSession", (req) => {
    const { identifier, password } = body(req) as { identifier?: string; password?: string };
    if (!identifier || !password) return xrpcError(400, "InvalidRequest", "Input must have the property \"identifier\"");
    const known = [account.handle, account.did, account.email].includes(identifier.replace(/^@/, ""));
    if (!known || password !== account.appPassword) return xrpcError(401, "AuthenticationRequired", "Invalid identifier or password");
    return { json: session() };
  });
  server.route("POST", "/xrpc/com.atproto.server.refreshSession", (req) => {
    const token = bearer(req);
    if (!token || !refresh.has(token)) return xrpcError(400, "ExpiredToken", "Token has been revoked");
    refresh.delete(token);
    return { json: session() };
  });
  server.route("GET", "/xrpc/app.bsky.actor.getProfile", authed((req) => {
    if (req.query.get("actor") !== account.did && req.query.get("actor") !== account.handle) return xrpcError(400, "InvalidRequest", "Profile not found");
    return { json: { did: account.did, handle: account.handle, displayName: account.displayName, avatar: `${server.url}/img/avatar.jpg`, followersCount: 3 } };
  }));
  server.route("POST", "/xrpc/com.atproto.repo.uploadBlob", authed((req) => {
    const mimeType = String(req.headers["content-type"] ?? "");
    if (!req.body.length) return xrpcError(400, "InvalidRequest", "Request encoding (Content-Type) required but not provided");
    const blob = { cid: `bafkreiblob${blobs.length + 1}`, mimeType, size: Number(req.headers["content-length"] ?? req.body.length) };
    blobs.push(blob);
    return { json: { blob: { $type: "blob", ref: { $link: blob.cid }, mimeType, size: blob.size } } };
  }));
  server.route("POST", "/xrpc/com.atproto.repo.createRecord", authed((req) => {
    const { repo, collection, rkey, record } = body(req) as { repo?: string; collection?: string; rkey?: string; record?: Record<string, unknown> };
    if (repo !== account.did && repo !== account.handle) return xrpcError(400, "InvalidRequest", "Invalid repo");
    if (collection !== "app.bsky.feed.post" || !record || record.$type !== collection) return xrpcError(400, "InvalidRequest", "Invalid collection or record $type");
    if (typeof record.text !== "string" || typeof record.createdAt !== "string") return xrpcError(400, "InvalidRequest", "Invalid app.bsky.feed.post record: Record must have the property \"text\"");
    if (graphemes(record.text) > 300) return xrpcError(400, "InvalidRequest", "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes");
    const key = rkey ?? `3l${String(Date.now()).slice(-11)}`;
    const at = tidTimestampMs(key);
    if (rkey !== undefined && (at === null || Math.abs(at - Date.now()) > 10 * 60_000)) return xrpcError(400, "InvalidRequest", "Invalid rkey: must be a TID close to the current time");
    if (posts.some((p) => p.rkey === key)) return xrpcError(400, "InvalidRequest", "Record already exists");
    const uri = `at://${account.did}/${collection}/${key}`;
    const cid = `bafyreipost${posts.length + 1}`;
    posts.push({ uri, cid, rkey: key, record: record as BlueskyFakePost["record"], likeCount: 0, repostCount: 0, replyCount: 0, quoteCount: 0 });
    return { json: { uri, cid, commit: { cid: `bafyreicommit${posts.length}`, rev: key }, validationStatus: "valid" } };
  }));
  server.route("GET", "/xrpc/com.atproto.repo.getRecord", (req) => {
    const post = posts.find((p) => p.rkey === req.query.get("rkey") && req.query.get("repo") === account.did);
    return post ? { json: { uri: post.uri, cid: post.cid, value: post.record } } : xrpcError(400, "RecordNotFound", "Could not locate record");
  });
  server.route("GET", "/xrpc/com.atproto.repo.listRecords", (req) => {
    if (req.query.get("repo") !== account.did) return xrpcError(400, "InvalidRequest", "Could not find repo");
    const limit = Math.min(Number(req.query.get("limit") ?? 50), 100);
    const cursor = req.query.get("cursor");
    const sorted = [...posts].sort((a, b) => (a.rkey < b.rkey ? 1 : -1)).filter((p) => !cursor || p.rkey < cursor);
    const page = sorted.slice(0, limit);
    return { json: { records: page.map((p) => ({ uri: p.uri, cid: p.cid, value: p.record })), ...(page.length === limit ? { cursor: page[page.length - 1]!.rkey } : {}) } };
  });
  server.route("GET", "/xrpc/app.bsky.feed.getPosts", authed((req) => {
    const uris = req.query.getAll("uris");
    if (uris.length === 0 || uris.length > 25) return xrpcError(400, "InvalidRequest", "uris must have 1-25 items");
    const found = posts.filter((p) => uris.includes(p.uri));
    return { json: { posts: found.map((p) => ({ uri: p.uri, cid: p.cid, author: { did: account.did, handle: account.handle }, record: p.record, likeCount: p.likeCount, repostCount: p.repostCount, replyCount: p.replyCount, quoteCount: p.quoteCount, indexedAt: new Date().toISOString() })) } };
  }));
  server.route("GET", "/img/:name", () => ({ text: "\x89PNG fake image bytes", headers: { "content-type": "image/png" } }));

  return {
    server,
    /** Bluesky is addressed through the channel's serviceUrl (the PDS); only the web host is an endpoint. */
    endpoints: { "bluesky.web": "https://bsky.app" } as Endpoints,
    serviceUrl: server.url,
    account,
    posts,
    blobs,
    /** A session as createSession would give it (what the channel stores after connecting). */
    session,
    /** Every access token issued so far answers ExpiredToken from now on. */
    expireAccessTokens() {
      for (const state of access.values()) state.expired = true;
    },
    /** The app password was revoked in the account's settings: sessions and refresh tokens die with it. */
    revokeAppPassword() {
      account.appPassword = "revoked-" + account.appPassword;
      access.clear();
      refresh.clear();
    },
  };
}

export type BlueskyFake = Awaited<ReturnType<typeof startBlueskyFake>>;
