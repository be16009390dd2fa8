/**
 * A local X API v2 for tests: OAuth 2.0 token endpoint (Basic client auth, PKCE S256, rotating
 * refresh tokens), users/me, tweets with reply chains and X's duplicate-content refusal, v2
 * media upload and metadata, user timeline and public metrics. Errors use X's problem-details
 * shape; rate limits are scripted with `server.failNext(…, xRateLimited(resetEpochSeconds))`.
 */
import { createHash } from "node:crypto";
import type { Endpoints } from "@/server/publish/connectors/types";
import { startFakeServer, type FakeServer, type LoggedRequest, type Reply } from "./fake-server";

export type XFakePost = { id: string; authorId: string; text: string; inReplyTo: string | null; mediaIds: string[]; createdAt: Date; metrics: Record<string, number> };

const problem = (status: number, title: string, detail: string, type = "about:blank"): Reply => ({ status, json: { title, detail, type, status } });
export const xRateLimited = (resetEpochSeconds: number): Reply => ({
  ...problem(429, "Too Many Requests", "Too Many Requests"),
  headers: { "x-rate-limit-limit": "100", "x-rate-limit-remaining": "0", "x-rate-limit-reset": String(resetEpochSeconds) },
});

export async function startXFake(options: { clientId?: string; clientSecret?: string } = {}) {
  const server: FakeServer = await startFakeServer();
  const client = { id: options.clientId ?? "x-client", secret: options.clientSecret ?? "x-secret" };
  const user = { id: "1501234567890123456", name: "Loom Test", username: "loomtest" };
  const accessTokens = new Set<string>();
  const refreshTokens = new Set<string>();
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const posts: XFakePost[] = [];
  const media = new Map<string, { category: string; bytes: number; alt: string | null }>();
  let nextId = 1_860_000_000_000_000_000n;
  const newId = () => String((nextId += 1_000_003n));
  let tokenSeq = 0;

  function issueTokens() {
    tokenSeq += 1;
    const access = `x-access-${tokenSeq}`;
    const refresh = `x-refresh-${tokenSeq}`;
    accessTokens.add(access);
    refreshTokens.add(refresh);
    return { access, refresh };
  }

  const bearer = (req: LoggedRequest) => /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1] ?? null;
  const authed = (handler: (req: LoggedRequest, params: Record<string, string>) => Reply | Promise<Reply>) => (req: LoggedRequest, params: Record<string, string>) => {
    const token = bearer(req);
    if (!token || !accessTokens.has(token)) return problem(401, "Unauthorized", "Unauthorized");
    return handler(req, params);
  };
  // X shows text with &, <, > escaped, links wrapped as t.co links and a t.co link to the media appended.
  const tco = (seed: string) => `https://t.co/${createHash("sha1").update(seed).digest("base64url").slice(0, 10)}`;
  const shownText = (p: XFakePost) =>
    p.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/https?:\/\/\S+/g, (url) => tco(url)) + (p.mediaIds.length ? ` ${tco(p.id)}` : "");
  const view = (p: XFakePost) => ({
    id: p.id,
    text: shownText(p),
    created_at: p.createdAt.toISOString(),
    edit_history_tweet_ids: [p.id],
    ...(p.inReplyTo ? { referenced_tweets: [{ type: "replied_to", id: p.inReplyTo }] } : {}),
  });

  server.route("POST", "/2/oauth2/token", (req) => {
    const expected = `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}`;
    if (req.headers.authorization !== expected) return { status: 401, json: { error: "unauthorized_client", error_description: "Missing valid authorization header" } };
    const form = new URLSearchParams(req.body);
    const invalid = { status: 400, json: { error: "invalid_request", error_description: "Value passed for the token was invalid." } };
    if (form.get("grant_type") === "authorization_code") {
      const code = codes.get(form.get("code") ?? "");
      const verifier = form.get("code_verifier") ?? "";
      const challenge = createHash("sha256").update(verifier).digest("base64url");
      if (!code || code.challenge !== challenge || code.redirectUri !== form.get("redirect_uri")) return invalid;
      codes.delete(form.get("code")!);
    } else if (form.get("grant_type") === "refresh_token") {
      const refresh = form.get("refresh_token") ?? "";
      if (!refreshTokens.delete(refresh)) return invalid;
    } else return invalid;
    const tokens = issueTokens();
    return { json: { token_type: "bearer", expires_in: 7200, access_token: tokens.access, refresh_token: tokens.refresh, scope: "tweet.read tweet.write users.read offline.access media.write" } };
  });

  server.route("GET", "/2/users/me", authed(() => ({ json: { data: { ...user, profile_image_url: "https://pbs.twimg.com/profile_images/1/a_normal.jpg" } } })));

  server.route(
    "POST",
    "/2/tweets",
    authed((req) => {
      const body = req.json as { text?: unknown; reply?: { in_reply_to_tweet_id?: unknown }; media?: { media_ids?: unknown } } | null;
      const text = typeof body?.text === "string" ? body.text : null;
      const mediaIds = Array.isArray(body?.media?.media_ids) ? (body.media.media_ids as string[]) : [];
      if (text === null && mediaIds.length === 0) return { status: 400, json: { errors: [{ message: "$.text: is missing but it is required" }], title: "Invalid Request", detail: "One or more parameters to your request was invalid.", type: "https://api.twitter.com/2/problems/invalid-request" } };
      const inReplyTo = body?.reply?.in_reply_to_tweet_id ? String(body.reply.in_reply_to_tweet_id) : null;
      if (inReplyTo && !posts.some((p) => p.id === inReplyTo)) return problem(400, "Invalid Request", "The Tweet you are replying to has been deleted or is not visible to you.");
      if (mediaIds.some((id) => !media.has(id))) return problem(400, "Invalid Request", "Your media IDs are invalid.");
      if (posts.some((p) => p.authorId === user.id && p.text === text && !p.inReplyTo && !inReplyTo)) return problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.");
      const post: XFakePost = { id: newId(), authorId: user.id, text: text ?? "", inReplyTo, mediaIds, createdAt: new Date(), metrics: { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0, bookmark_count: 0, impression_count: 0 } };
      posts.push(post);
      return { status: 201, json: { data: { id: post.id, text: post.text, edit_history_tweet_ids: [post.id] } } };
    }),
  );

  server.route(
    "POST",
    "/2/media/upload",
    authed(async (req) => {
      const form = await new Request("http://fake/", { method: "POST", headers: { "content-type": String(req.headers["content-type"] ?? "") }, body: req.body }).formData().catch(() => null);
      const file = form?.get("media");
      const category = form?.get("media_category");
      if (!(file instanceof Blob) || file.size === 0 || typeof category !== "string") return problem(400, "Invalid Request", "One or more parameters to your request was invalid: media and media_category are required.");
      const id = newId();
      media.set(id, { category, bytes: file.size, alt: null });
      return { json: { data: { id, media_key: `3_${id}`, size: file.size, expires_after_secs: 86400, image: { image_type: file.type, w: 1, h: 1 } } } };
    }),
  );

  server.route(
    "POST",
    "/2/media/metadata",
    authed((req) => {
      const body = req.json as { id?: string; metadata?: { alt_text?: { text?: string } } } | null;
      const item = body?.id ? media.get(body.id) : undefined;
      if (!item || typeof body?.metadata?.alt_text?.text !== "string") return problem(400, "Invalid Request", "id and metadata.alt_text.text are required.");
      item.alt = body.metadata.alt_text.text;
      return { json: { data: { id: body.id, associated_metadata: true } } };
    }),
  );

  server.route(
    "GET",
    "/2/users/:id/tweets",
    authed((req, params) => {
      const max = Number(req.query.get("max_results") ?? "10");
      if (!Number.isInteger(max) || max < 5 || max > 100) return problem(400, "Invalid Request", "max_results must be between 5 and 100.");
      const start = req.query.get("start_time") ? new Date(req.query.get("start_time")!) : new Date(0);
      const found = posts.filter((p) => p.authorId === params.id && p.createdAt >= start).reverse().slice(0, max);
      return { json: found.length ? { data: found.map(view), meta: { result_count: found.length } } : { meta: { result_count: 0 } } };
    }),
  );

  server.route(
    "GET",
    "/2/tweets/:id",
    authed((req, params) => {
      const post = posts.find((p) => p.id === params.id);
      if (!post) return { json: { errors: [{ value: params.id, detail: `Could not find tweet with id: [${params.id}].`, title: "Not Found Error", resource_type: "tweet", type: "https://api.twitter.com/2/problems/resource-not-found" }] } };
      const fields = req.query.get("tweet.fields") ?? "";
      return { json: { data: { ...view(post), ...(fields.includes("public_metrics") ? { public_metrics: post.metrics } : {}) } } };
    }),
  );

  const endpoints: Endpoints = { "x.api": server.url, "x.upload": server.url, "x.authorize": `${server.url}/i/oauth2/authorize` };
  return {
    server,
    endpoints,
    posts,
    media,
    user,
    client: { clientId: client.id, clientSecret: client.secret },
    issueTokens,
    /** What X's consent screen hands back: a code bound to the PKCE challenge and redirect URI. */
    issueCode(challenge: string, redirectUri: string) {
      const code = `x-code-${codes.size + 1}-${Date.now()}`;
      codes.set(code, { challenge, redirectUri });
      return code;
    },
    revoke(token: string) {
      accessTokens.delete(token);
      refreshTokens.delete(token);
    },
  };
}

export type XFake = Awaited<ReturnType<typeof startXFake>>;
