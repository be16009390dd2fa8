/**
 * A local LinkedIn for tests: OAuth 2 token endpoint (form body, refresh tokens), OpenID
 * userinfo, the versioned Posts API (requires LinkedIn-Version and X-Restli-Protocol-Version,
 * answers 201 with x-restli-id, refuses duplicates with 422), the Images API upload flow, the
 * author finder (needs r_member_social) and social actions. Commentary is read as little text:
 * like LinkedIn, an unescaped reserved character cuts the rest of the post off.
 */
import type { Endpoints } from "@/server/publish/connectors/types";
import { startFakeServer, type FakeServer, type LoggedRequest, type Reply } from "./fake-server";

export type LinkedInFakePost = { urn: string; author: string; commentary: string; shown: string; content: unknown; createdAt: number; likes: number; comments: number };

const fail = (status: number, message: string, code?: string, serviceErrorCode?: number): Reply => ({ status, json: { status, message, ...(code ? { code } : {}), ...(serviceErrorCode ? { serviceErrorCode } : {}) } });
export const linkedinRateLimited = (): Reply => fail(429, "Resource level throttle MEMBER DAY limit for calls to this resource is reached.");

/** What LinkedIn shows for a little-text commentary: templates resolved, escapes removed, cut at the first unescaped reserved character. */
export function renderLittleText(commentary: string): string {
  const resolved = commentary.replace(/\{hashtag\|\\#\|((?:\\.|[^}\\])*)\}/g, (_m, tag: string) => `\u0000${tag}`);
  let out = "";
  for (let i = 0; i < resolved.length; i++) {
    const c = resolved[i]!;
    if (c === "\u0000") out += "#";
    else if (c === "\\") out += resolved[++i] ?? "";
    else if ("|{}@[]()<>#*_~".includes(c)) break;
    else out += c;
  }
  return out;
}

export async function startLinkedInFake(options: { clientId?: string; clientSecret?: string; memberSocialRead?: boolean } = {}) {
  const server: FakeServer = await startFakeServer();
  const client = { clientId: options.clientId ?? "li-client", clientSecret: options.clientSecret ?? "li-secret" };
  const member = { sub: "782bbtaQ", name: "Loom Test", picture: "https://media.licdn.com/dms/image/loom.jpg" };
  const author = `urn:li:person:${member.sub}`;
  const settings = { memberSocialRead: options.memberSocialRead ?? true, issueRefreshTokens: true };
  const access = new Set<string>();
  const refresh = new Set<string>();
  const codes = new Map<string, string>();
  const posts: LinkedInFakePost[] = [];
  const images = new Map<string, { owner: string; bytes: number | null }>();
  let seq = 7_200_000_000_000_000_000n;
  const nextId = () => String((seq += 7919n));
  let tokenSeq = 0;

  function issueTokens() {
    tokenSeq += 1;
    const tokens = { access: `li-access-${tokenSeq}`, refresh: `li-refresh-${tokenSeq}` };
    access.add(tokens.access);
    if (settings.issueRefreshTokens) refresh.add(tokens.refresh);
    return tokens;
  }
  const tokenOf = (req: LoggedRequest) => /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1] ?? null;
  const authed = (handler: (req: LoggedRequest, params: Record<string, string>) => Reply | Promise<Reply>) => (req: LoggedRequest, params: Record<string, string>) => {
    const token = tokenOf(req);
    if (!token || !access.has(token)) return fail(401, "The token used in the request has been revoked by the user", "REVOKED_ACCESS_TOKEN", 65601);
    return handler(req, params);
  };
  const versioned = (handler: (req: LoggedRequest, params: Record<string, string>) => Reply | Promise<Reply>) =>
    authed((req, params) => {
      if (!/^\d{6}(\.\d{2})?$/.test(String(req.headers["linkedin-version"] ?? ""))) return fail(400, "A version must be present. Please specify a version by adding the LinkedIn-Version header.", "VERSION_MISSING");
      if (req.headers["x-restli-protocol-version"] !== "2.0.0") return fail(400, "Restli protocol version 2.0.0 is required.", "ILLEGAL_ARGUMENT");
      return handler(req, params);
    });

  server.route("POST", "/oauth/v2/accessToken", (req) => {
    const form = new URLSearchParams(req.body);
    if (form.get("client_id") !== client.clientId || form.get("client_secret") !== client.clientSecret) return { status: 401, json: { error: "invalid_client", error_description: "Client authentication failed" } };
    if (form.get("grant_type") === "authorization_code") {
      if (codes.get(form.get("code") ?? "") !== form.get("redirect_uri")) return { status: 400, json: { error: "invalid_request", error_description: "Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired." } };
      codes.delete(form.get("code")!);
    } else if (form.get("grant_type") === "refresh_token") {
      if (!refresh.delete(form.get("refresh_token") ?? "")) return { status: 400, json: { error: "invalid_request", error_description: "The provided authorization grant or refresh token is invalid, expired or revoked." } };
    } else return { status: 400, json: { error: "unsupported_grant_type", error_description: "grant_type is not supported" } };
    const tokens = issueTokens();
    return { json: { access_token: tokens.access, expires_in: 5_184_000, scope: "openid,profile,w_member_social", ...(settings.issueRefreshTokens ? { refresh_token: tokens.refresh, refresh_token_expires_in: 31_536_000 } : {}) } };
  });

  server.route("GET", "/v2/userinfo", authed(() => ({ json: { sub: member.sub, name: member.name, given_name: "Loom", family_name: "Test", picture: member.picture, locale: { country: "US", language: "en" } } })));

  server.route(
    "POST",
    "/rest/images",
    versioned((req) => {
      if (req.query.get("action") !== "initializeUpload") return fail(400, "Unsupported action");
      const owner = (req.json as { initializeUploadRequest?: { owner?: string } } | null)?.initializeUploadRequest?.owner;
      if (owner !== author) return fail(403, `Not enough permissions to access: images.initializeUpload for owner ${owner}`, "ACCESS_DENIED", 100);
      const id = `D4E10AQ${nextId()}`;
      images.set(`urn:li:image:${id}`, { owner, bytes: null });
      return { json: { value: { uploadUrlExpiresAt: Date.now() + 86_400_000, uploadUrl: `${server.url}/dms-uploads/${id}`, image: `urn:li:image:${id}` } } };
    }),
  );

  server.route(
    "PUT",
    "/dms-uploads/:id",
    authed((req, params) => {
      const image = images.get(`urn:li:image:${params.id}`);
      if (!image) return { status: 404, text: "" };
      image.bytes = Buffer.byteLength(req.body);
      return { status: 201, text: "" };
    }),
  );

  server.route(
    "POST",
    "/rest/posts",
    versioned((req) => {
      const body = (req.json ?? {}) as { author?: string; commentary?: unknown; visibility?: string; distribution?: { feedDistribution?: string }; lifecycleState?: string; content?: { media?: { id?: string }; multiImage?: { images?: { id?: string }[] } } };
      if (typeof body.commentary !== "string" || !body.visibility || !body.distribution?.feedDistribution || !body.lifecycleState) return fail(422, "ERROR :: /commentary :: field is required but not found and has no default value", "UNPROCESSABLE_ENTITY");
      if (body.author !== author) return fail(403, "Not enough permissions to access: partnerApiPostsExternal.CREATE.20240601", "ACCESS_DENIED", 100);
      const imageIds = [body.content?.media?.id, ...(body.content?.multiImage?.images ?? []).map((i) => i.id)].filter((id): id is string => Boolean(id));
      if (imageIds.some((id) => images.get(id)?.bytes == null)) return fail(400, "The image has not been uploaded", "INVALID_CONTENT");
      const duplicate = posts.find((p) => p.author === author && p.commentary === body.commentary);
      if (duplicate) return fail(422, `Content is a duplicate of ${duplicate.urn}`);
      const post: LinkedInFakePost = { urn: `urn:li:share:${nextId()}`, author, commentary: body.commentary, shown: renderLittleText(body.commentary), content: body.content ?? null, createdAt: Date.now(), likes: 0, comments: 0 };
      posts.push(post);
      return { status: 201, text: "", headers: { "x-restli-id": post.urn, "x-linkedin-id": post.urn } };
    }),
  );

  server.route(
    "GET",
    "/rest/posts",
    versioned((req) => {
      if (req.query.get("q") !== "author" || req.headers["x-restli-method"] !== "FINDER") return fail(400, "Invalid finder request");
      if (!settings.memberSocialRead) return fail(403, "Not enough permissions to access: partnerApiPostsExternal.FINDER-author.20240601", "ACCESS_DENIED", 100);
      const count = Number(req.query.get("count") ?? "10");
      const mine = posts.filter((p) => p.author === req.query.get("author")).reverse().slice(0, count);
      return { json: { elements: mine.map((p) => ({ id: p.urn, author: p.author, commentary: p.commentary, visibility: "PUBLIC", lifecycleState: "PUBLISHED", createdAt: p.createdAt, publishedAt: p.createdAt, lastModifiedAt: p.createdAt })), paging: { start: 0, count, links: [] } } };
    }),
  );

  server.route(
    "GET",
    "/rest/socialActions/:urn",
    versioned((_req, params) => {
      if (!settings.memberSocialRead) return fail(403, "Not enough permissions to access: socialActions.GET", "ACCESS_DENIED", 100);
      const post = posts.find((p) => p.urn === params.urn);
      if (!post) return fail(404, `Not found: ${params.urn}`);
      return { json: { target: post.urn, likesSummary: { totalLikes: post.likes, aggregatedTotalLikes: post.likes, likedByCurrentUser: false }, commentsSummary: { aggregatedTotalComments: post.comments, totalFirstLevelComments: post.comments } } };
    }),
  );

  const endpoints: Endpoints = { "linkedin.api": server.url, "linkedin.oauth": `${server.url}/oauth/v2` };
  return {
    server,
    endpoints,
    posts,
    images,
    member,
    author,
    client,
    settings,
    issueTokens,
    /** What LinkedIn's consent screen hands back: a code bound to the redirect URI. */
    issueCode(redirectUri: string) {
      const code = `li-code-${codes.size + 1}-${Date.now()}`;
      codes.set(code, redirectUri);
      return code;
    },
    revoke(token: string) {
      access.delete(token);
      refresh.delete(token);
    },
  };
}

export type LinkedInFake = Awaited<ReturnType<typeof startLinkedInFake>>;
