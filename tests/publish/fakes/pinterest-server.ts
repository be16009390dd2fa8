/**
 * A local Pinterest API v5 for tests: POST /oauth/token (HTTP Basic client auth; authorization_code
 * and refresh_token grants, 30-day access tokens), /user_account, /boards, POST /pins (image_url
 * and multiple_image_urls sources), GET /pins and Pin analytics. Errors use Pinterest's
 * `{ code, message }`; rate limits are scripted with `server.failNext(…, pinterestRateLimited())`.
 */
import type { Endpoints } from "@/server/publish/connectors/types";
import { startFakeServer, type FakeServer, type Handler, type Reply } from "./fake-server";

export type PinterestFakePin = { id: string; boardId: string; title: string | null; description: string | null; link: string | null; altText: string | null; imageUrls: string[]; createdAt: Date };

export const pinterestError = (status: number, code: number, message: string, headers?: Record<string, string>): Reply => ({ status, json: { code, message }, headers });
export const pinterestRateLimited = (retryAfterSeconds = 30): Reply =>
  pinterestError(429, 8, "You have exceeded your rate limit. Try again later.", { "retry-after": String(retryAfterSeconds) });

export async function startPinterestFake(options: { clientId?: string; clientSecret?: string } = {}) {
  const server: FakeServer = await startFakeServer();
  const client = { id: options.clientId ?? "pin-client", secret: options.clientSecret ?? "pin-secret" };
  const account = { id: "549755885175", username: "loomcast_pins", business_name: "Loomcast Pins" };
  const boards = [{ id: "1022106146613410000", name: "Loomcast ideas", privacy: "PUBLIC" }];
  const codes = new Map<string, string>([["pin-code", "https://app.test/callback"]]);
  const accessTokens = new Set<string>();
  const refreshTokens = new Set<string>();
  const pins: PinterestFakePin[] = [];
  const analytics: Record<string, Record<string, number>> = {};
  let seq = 0;
  const prefix = "/v5";

  const issue = () => {
    seq += 1;
    const access = `pina_${seq}`;
    const refresh = `pinr_${seq}`;
    accessTokens.add(access);
    refreshTokens.add(refresh);
    return { access, refresh };
  };
  const authed = (handler: Handler): Handler => (req, params) => {
    const token = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1];
    return token && accessTokens.has(token) ? handler(req, params) : pinterestError(401, 2, "Authentication failed.");
  };

  server.route("POST", `${prefix}/oauth/token`, (req) => {
    const basic = `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}`;
    if (req.headers.authorization !== basic) return pinterestError(401, 2, "Authentication failed.");
    if (!(req.headers["content-type"] ?? "").includes("x-www-form-urlencoded")) return pinterestError(400, 1, "Content-Type must be application/x-www-form-urlencoded");
    const form = new URLSearchParams(req.body);
    const grant = form.get("grant_type");
    if (grant === "authorization_code") {
      const redirect = codes.get(form.get("code") ?? "");
      if (!redirect || redirect !== form.get("redirect_uri")) return pinterestError(400, 1, "Invalid authorization code");
      codes.delete(form.get("code")!);
      const t = issue();
      return { json: { access_token: t.access, refresh_token: t.refresh, response_type: "authorization_code", token_type: "bearer", expires_in: 2_592_000, refresh_token_expires_in: 31_536_000, scope: "boards:read pins:read pins:write user_accounts:read" } };
    }
    if (grant === "refresh_token") {
      if (!refreshTokens.has(form.get("refresh_token") ?? "")) return pinterestError(400, 1, "Invalid refresh token");
      const t = issue();
      refreshTokens.delete(t.refresh); // Pinterest keeps the refresh token unless asked to rotate it
      return { json: { access_token: t.access, response_type: "refresh_token", token_type: "bearer", expires_in: 2_592_000, scope: "boards:read pins:read pins:write user_accounts:read" } };
    }
    return pinterestError(400, 1, "Unsupported grant_type");
  });

  server.route("GET", `${prefix}/user_account`, authed(() => ({ json: { ...account, account_type: "BUSINESS", profile_image: "https://i.pinimg.com/75x75/a.jpg", website_url: "https://loomcast.test" } })));
  server.route("GET", `${prefix}/boards`, authed(() => ({ json: { items: boards, bookmark: null } })));

  server.route("POST", `${prefix}/pins`, authed((req) => {
    const body = req.json as Record<string, unknown> | null;
    if (!body || typeof body !== "object") return pinterestError(400, 1, "Invalid request body");
    if (!boards.some((b) => b.id === body.board_id)) return pinterestError(404, 3, "Board not found.");
    const source = body.media_source as { source_type?: string; url?: string; items?: { url?: string }[] } | undefined;
    let imageUrls: string[] = [];
    if (source?.source_type === "image_url" && source.url) imageUrls = [source.url];
    else if (source?.source_type === "multiple_image_urls" && Array.isArray(source.items) && source.items.length >= 2 && source.items.length <= 5 && source.items.every((i) => i.url)) {
      imageUrls = source.items.map((i) => i.url!);
    } else return pinterestError(400, 1, "Invalid media_source");
    if (typeof body.title === "string" && body.title.length > 100) return pinterestError(400, 1, "title: must be at most 100 characters");
    if (typeof body.description === "string" && body.description.length > 500) return pinterestError(400, 1, "description: must be at most 500 characters");
    const pin: PinterestFakePin = {
      id: String(813_000_000_000_000_000n + BigInt((seq += 13))),
      boardId: String(body.board_id),
      title: typeof body.title === "string" ? body.title : null,
      description: typeof body.description === "string" ? body.description : null,
      link: typeof body.link === "string" ? body.link : null,
      altText: typeof body.alt_text === "string" ? body.alt_text : null,
      imageUrls,
      createdAt: new Date(),
    };
    pins.push(pin);
    return { status: 201, json: view(pin) };
  }));

  const view = (pin: PinterestFakePin) => ({
    id: pin.id,
    created_at: pin.createdAt.toISOString().slice(0, 19),
    board_id: pin.boardId,
    title: pin.title,
    description: pin.description,
    link: pin.link,
    alt_text: pin.altText,
    media: { media_type: pin.imageUrls.length > 1 ? "multiple_images" : "image" },
  });

  server.route("GET", `${prefix}/pins`, authed((req) => {
    const size = Math.min(250, Number(req.query.get("page_size") ?? 25));
    return { json: { items: pins.slice().reverse().slice(0, size).map(view), bookmark: null } };
  }));

  server.route("GET", `${prefix}/pins/:pinId/analytics`, authed((req, { pinId }) => {
    if (!pins.some((p) => p.id === pinId)) return pinterestError(404, 50, "Pin not found.");
    const q = req.query;
    const types = (q.get("metric_types") ?? "").split(",").filter(Boolean);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(q.get("start_date") ?? "") || !/^\d{4}-\d{2}-\d{2}$/.test(q.get("end_date") ?? "") || types.length === 0) {
      return pinterestError(400, 1, "start_date, end_date and metric_types are required");
    }
    const summary = Object.fromEntries(types.map((t) => [t, analytics[pinId!]?.[t] ?? 0]));
    return { json: { all: { daily_metrics: [], lifetime_metrics: summary, summary_metrics: summary } } };
  }));

  const endpoints: Endpoints = { "pinterest.api": `${server.url}${prefix}`, "pinterest.authorize": `${server.url}/oauth/` };
  return {
    server,
    endpoints,
    client,
    account,
    boards,
    pins,
    analytics,
    /** Tokens as if the member had connected already. */
    issueTokens: issue,
    revokeAll() {
      accessTokens.clear();
      refreshTokens.clear();
    },
    close: () => server.close(),
  };
}

export type PinterestFake = Awaited<ReturnType<typeof startPinterestFake>>;
