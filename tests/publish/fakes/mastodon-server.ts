/**
 * A local Mastodon instance for tests: app registration, OAuth with PKCE, verify_credentials,
 * statuses honouring Idempotency-Key (same key and token → the same status, as the real server
 * does for an hour), HTML-rendered `content`, media upload v2 with asynchronous processing,
 * account timelines and status counts. Errors use Mastodon's `{ error }` shape; rate limits are
 * scripted with `server.failNext(…, mastodonRateLimited(resetAt))`.
 */
import { createHash } from "node:crypto";
import type { Endpoints } from "@/server/publish/connectors/types";
import { startFakeServer, type FakeServer, type LoggedRequest, type Reply } from "./fake-server";

export type MastodonFakeStatus = { id: string; text: string; inReplyTo: string | null; mediaIds: string[]; visibility: string; createdAt: Date; idempotencyKey: string | null; favourites: number; reblogs: number; replies: number };

const error = (status: number, message: string): Reply => ({ status, json: { error: message } });
export const mastodonRateLimited = (resetAt: Date): Reply => ({
  ...error(429, "Too many requests"),
  headers: { "x-ratelimit-limit": "300", "x-ratelimit-remaining": "0", "x-ratelimit-reset": resetAt.toISOString() },
});

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** Renders like Mastodon: paragraphs, <br />, links split into invisible spans, mentions and hashtags as links. */
function render(text: string, host: string): string {
  const inline = (line: string) =>
    line
      .split(/(https?:\/\/\S+|@[\w]+(?:@[\w.-]+\.\w+)?|#[\p{L}\p{N}_]+)/u)
      .map((token, i) => {
        if (i % 2 === 0) return escapeHtml(token);
        if (token.startsWith("http")) {
          const [, scheme, rest] = /^(https?:\/\/)(.*)$/.exec(token)!;
          return `<a href="${escapeHtml(token)}" rel="nofollow noopener" target="_blank"><span class="invisible">${scheme}</span><span class="ellipsis">${escapeHtml(rest!.slice(0, 30))}</span><span class="invisible">${escapeHtml(rest!.slice(30))}</span></a>`;
        }
        if (token.startsWith("@")) return `<span class="h-card" translate="no"><a href="https://${host}/${token}" class="u-url mention">@<span>${token.slice(1).split("@")[0]}</span></a></span>`;
        return `<a href="https://${host}/tags/${token.slice(1)}" class="mention hashtag" rel="tag">#<span>${token.slice(1)}</span></a>`;
      })
      .join("");
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split("\n").map(inline).join("<br />")}</p>`)
    .join("");
}

export async function startMastodonFake() {
  const server: FakeServer = await startFakeServer();
  const host = new URL(server.url).host;
  const account = { id: "109348713581251234", username: "loom", acct: "loom", display_name: "Loom Test", avatar: `${server.url}/avatars/loom.png`, url: `${server.url}/@loom` };
  const apps = new Map<string, { secret: string; redirectUri: string; scopes: string }>();
  const codes = new Map<string, { clientId: string; challenge: string; redirectUri: string }>();
  const tokens = new Set<string>();
  const statuses: MastodonFakeStatus[] = [];
  const media = new Map<string, { description: string | null; bytes: number; pollsLeft: number }>();
  const settings = { processingPolls: 0 };
  let seq = 109_400_000_000_000_000n;
  let tokenSeq = 0;
  const newId = () => String((seq += 65_537n));

  const bearer = (req: LoggedRequest) => /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1] ?? null;
  const authed = (handler: (req: LoggedRequest, params: Record<string, string>) => Reply | Promise<Reply>) => (req: LoggedRequest, params: Record<string, string>) => {
    const token = bearer(req);
    if (!token || !tokens.has(token)) return error(401, "The access token is invalid");
    return handler(req, params);
  };
  const formOf = (req: LoggedRequest) => (req.json && typeof req.json === "object" ? new URLSearchParams(req.json as Record<string, string>) : new URLSearchParams(req.body));
  const attachmentView = (id: string) => {
    const m = media.get(id)!;
    const ready = m.pollsLeft <= 0;
    return { id, type: "image", url: ready ? `${server.url}/media/${id}.png` : null, preview_url: `${server.url}/media/${id}-small.png`, description: m.description };
  };
  const view = (s: MastodonFakeStatus) => ({
    id: s.id,
    created_at: s.createdAt.toISOString(),
    in_reply_to_id: s.inReplyTo,
    visibility: s.visibility,
    uri: `${server.url}/users/loom/statuses/${s.id}`,
    url: `${server.url}/@loom/${s.id}`,
    content: render(s.text, host),
    media_attachments: s.mediaIds.map(attachmentView),
    favourites_count: s.favourites,
    reblogs_count: s.reblogs,
    replies_count: s.replies,
    account,
  });

  server.route("POST", "/api/v1/apps", (req) => {
    const form = formOf(req);
    const redirectUri = form.get("redirect_uris");
    if (!form.get("client_name") || !redirectUri) return error(422, "Validation failed: Application name can't be blank, Redirect URI must be an absolute URI.");
    const clientId = `client-${apps.size + 1}-${Date.now()}`;
    const app = { secret: `secret-${apps.size + 1}`, redirectUri, scopes: form.get("scopes") ?? "read" };
    apps.set(clientId, app);
    return { json: { id: String(apps.size), name: form.get("client_name"), website: form.get("website"), scopes: app.scopes.split(" "), redirect_uri: redirectUri, redirect_uris: [redirectUri], client_id: clientId, client_secret: app.secret } };
  });

  server.route("POST", "/oauth/token", (req) => {
    const form = formOf(req);
    const app = apps.get(form.get("client_id") ?? "");
    if (!app || app.secret !== form.get("client_secret")) return { status: 401, json: { error: "invalid_client", error_description: "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method." } };
    const code = codes.get(form.get("code") ?? "");
    const challenge = createHash("sha256").update(form.get("code_verifier") ?? "").digest("base64url");
    if (form.get("grant_type") !== "authorization_code" || !code || code.clientId !== form.get("client_id") || code.redirectUri !== form.get("redirect_uri") || code.challenge !== challenge) {
      return { status: 400, json: { error: "invalid_grant", error_description: "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client." } };
    }
    codes.delete(form.get("code")!);
    const token = `masto-token-${++tokenSeq}`;
    tokens.add(token);
    return { json: { access_token: token, token_type: "Bearer", scope: app.scopes, created_at: Math.floor(Date.now() / 1000) } };
  });

  server.route("GET", "/api/v1/accounts/verify_credentials", authed(() => ({ json: account })));

  server.route(
    "POST",
    "/api/v1/statuses",
    authed((req) => {
      const key = req.headers["idempotency-key"] ? `${bearer(req)}|${String(req.headers["idempotency-key"])}` : null;
      const earlier = key ? statuses.find((s) => s.idempotencyKey === key) : undefined;
      if (earlier) return { json: view(earlier) };
      const body = (req.json ?? {}) as { status?: unknown; in_reply_to_id?: unknown; media_ids?: unknown; visibility?: unknown };
      const text = typeof body.status === "string" ? body.status : "";
      const mediaIds = Array.isArray(body.media_ids) ? body.media_ids.map(String) : [];
      if (!text.trim() && mediaIds.length === 0) return error(422, "Validation failed: Text can't be blank");
      if (Array.from(text).length > 500) return error(422, "Validation failed: Text character limit of 500 exceeded");
      if (mediaIds.some((id) => !media.has(id))) return error(422, "Validation failed: Media attachments are invalid");
      if (mediaIds.some((id) => media.get(id)!.pollsLeft > 0)) return error(422, "Cannot attach files that have not finished processing. Try again in a moment!");
      const inReplyTo = body.in_reply_to_id ? String(body.in_reply_to_id) : null;
      if (inReplyTo && !statuses.some((s) => s.id === inReplyTo)) return error(404, "Record not found");
      const status: MastodonFakeStatus = { id: newId(), text, inReplyTo, mediaIds, visibility: typeof body.visibility === "string" ? body.visibility : "public", createdAt: new Date(), idempotencyKey: key, favourites: 0, reblogs: 0, replies: 0 };
      statuses.push(status);
      return { json: view(status) };
    }),
  );

  server.route(
    "POST",
    "/api/v2/media",
    authed(async (req) => {
      const form = await new Request("http://fake/", { method: "POST", headers: { "content-type": String(req.headers["content-type"] ?? "") }, body: req.body }).formData().catch(() => null);
      const file = form?.get("file");
      if (!(file instanceof Blob) || file.size === 0) return error(422, "Validation failed: File can't be blank");
      const description = form?.get("description");
      const id = newId();
      media.set(id, { description: typeof description === "string" ? description : null, bytes: file.size, pollsLeft: settings.processingPolls });
      return { status: settings.processingPolls > 0 ? 202 : 200, json: attachmentView(id) };
    }),
  );

  server.route(
    "GET",
    "/api/v1/media/:id",
    authed((_req, params) => {
      const item = media.get(params.id!);
      if (!item) return error(404, "Record not found");
      item.pollsLeft -= 1;
      return { status: item.pollsLeft > 0 ? 206 : 200, json: attachmentView(params.id!) };
    }),
  );

  server.route(
    "GET",
    "/api/v1/accounts/:id/statuses",
    authed((req, params) => {
      if (params.id !== account.id) return error(404, "Record not found");
      const limit = Math.min(Number(req.query.get("limit") ?? "20"), 40);
      return { json: [...statuses].reverse().slice(0, limit).map(view) };
    }),
  );

  server.route(
    "GET",
    "/api/v1/statuses/:id",
    authed((_req, params) => {
      const status = statuses.find((s) => s.id === params.id);
      return status ? { json: view(status) } : error(404, "Record not found");
    }),
  );

  return {
    server,
    /** Mastodon has no fixed endpoints: connectors use the channel's serviceUrl (server.url). */
    endpoints: {} as Endpoints,
    instanceUrl: server.url,
    account,
    apps,
    statuses,
    media,
    settings,
    issueToken() {
      const token = `masto-token-${++tokenSeq}`;
      tokens.add(token);
      return token;
    },
    /** What the instance's consent screen hands back for a registered app. */
    issueCode(clientId: string, challenge: string, redirectUri: string) {
      const code = `masto-code-${codes.size + 1}-${Date.now()}`;
      codes.set(code, { clientId, challenge, redirectUri });
      return code;
    },
    revoke(token: string) {
      tokens.delete(token);
    },
  };
}

export type MastodonFake = Awaited<ReturnType<typeof startMastodonFake>>;
