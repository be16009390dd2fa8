/**
 * A local Meta Graph API (v21.0) for Facebook Pages and Instagram tests: Facebook Login's token
 * endpoint (code → short-lived → fb_exchange_token long-lived), /me/accounts with page tokens and
 * linked Instagram accounts, Page feed/photos/posts, Instagram media containers (status_code,
 * carousels), media_publish, content_publishing_limit, media lists and insights. Tokens travel as
 * `Authorization: Bearer` or `access_token`; bad ones get Graph's OAuthException (code 190).
 * Errors use `{ error: { message, type, code, error_subcode, fbtrace_id } }`.
 */
import type { Endpoints } from "@/server/publish/connectors/types";
import { startFakeServer, type FakeServer, type Handler, type LoggedRequest, type Reply } from "./fake-server";

export const graphError = (status: number, code: number, message: string, extra: { type?: string; error_subcode?: number } = {}): Reply => ({
  status,
  json: { error: { message, type: extra.type ?? (code === 190 ? "OAuthException" : "GraphMethodException"), code, error_subcode: extra.error_subcode, fbtrace_id: "AbCdEfGh123" } },
});
/** Graph's answer to a page/app over its limit: code 4/17/32 with the business-use-case header. */
export const graphRateLimited = (code = 32, minutes = 7): Reply => ({
  ...graphError(400, code, "(#32) Page request limit reached"),
  headers: { "x-business-use-case-usage": JSON.stringify({ "1001": [{ type: "pages", call_count: 100, total_cputime: 10, total_time: 10, estimated_time_to_regain_access: minutes }] }) },
});

/** Query and form/JSON body parameters together, as Graph reads them. */
export function graphParams(req: LoggedRequest): URLSearchParams {
  const params = new URLSearchParams(req.query);
  if ((req.headers["content-type"] ?? "").includes("x-www-form-urlencoded")) for (const [k, v] of new URLSearchParams(req.body)) params.set(k, v);
  else if (req.json && typeof req.json === "object") for (const [k, v] of Object.entries(req.json)) params.set(k, typeof v === "string" ? v : JSON.stringify(v));
  return params;
}

export function tokenOf(req: LoggedRequest): string | null {
  return /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1] ?? req.query.get("access_token");
}

export const invalidToken = graphError(400, 190, "Invalid OAuth access token - Cannot parse access token");

export type FacebookFakePost = { id: string; pageId: string; message: string; link: string | null; photoUrls: string[]; createdAt: Date; permalink: string };
export type InstagramFakeMedia = { id: string; igUserId: string; caption: string; imageUrls: string[]; createdAt: Date; permalink: string };
type Container = { id: string; igUserId: string; caption: string; imageUrls: string[]; carouselItem: boolean; status: string };

export async function startMetaFake(options: { appId?: string; appSecret?: string } = {}) {
  const server: FakeServer = await startFakeServer();
  const app = { id: options.appId ?? "meta-app", secret: options.appSecret ?? "meta-secret" };
  const page = { id: "1001", name: "Loomcast Test Page", token: "EAA-page-1001" };
  const ig = { id: "17841400000000001", username: "loomcast.test" };
  const state = {
    /** Statuses the next container lookups report before FINISHED (e.g. ["IN_PROGRESS"]). */
    containerStatuses: [] as string[],
    quota: { usage: 0, total: 100 },
    linkInstagram: true,
  };
  const userTokens = new Set<string>();
  const shortTokens = new Set<string>();
  const pageTokens = new Set<string>([page.token]);
  const codes = new Map<string, string>([["meta-code", "https://app.test/callback"]]);
  const posts: FacebookFakePost[] = [];
  const photos = new Map<string, string>();
  const containers = new Map<string, Container>();
  const media: InstagramFakeMedia[] = [];
  let seq = 0;
  const nextId = () => String(178_414_000_000_000 + (seq += 7));
  const prefix = "/v21.0";

  const withPageToken = (handler: Handler): Handler => (req, params) => (pageTokens.has(tokenOf(req) ?? "") ? handler(req, params) : invalidToken);
  const unix = (d: Date) => Math.floor(d.getTime() / 1000);
  const graphTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "+0000");

  server.route("GET", `${prefix}/oauth/access_token`, (req) => {
    const q = req.query;
    if (q.get("client_id") !== app.id || q.get("client_secret") !== app.secret) return graphError(400, 101, "Error validating client secret.", { type: "OAuthException" });
    if (q.get("grant_type") === "fb_exchange_token") {
      if (!shortTokens.delete(q.get("fb_exchange_token") ?? "")) return invalidToken;
      const token = `EAA-user-long-${(seq += 1)}`;
      userTokens.add(token);
      return { json: { access_token: token, token_type: "bearer", expires_in: 5_183_944 } };
    }
    const redirect = codes.get(q.get("code") ?? "");
    if (!redirect || redirect !== q.get("redirect_uri")) return graphError(400, 100, "Invalid verification code format.", { type: "OAuthException", error_subcode: 36007 });
    codes.delete(q.get("code")!);
    const token = `EAA-user-short-${(seq += 1)}`;
    shortTokens.add(token);
    return { json: { access_token: token, token_type: "bearer", expires_in: 3600 } };
  });

  server.route("GET", `${prefix}/me/accounts`, (req) => {
    if (!userTokens.has(tokenOf(req) ?? "")) return invalidToken;
    const fields = req.query.get("fields") ?? "";
    const entry: Record<string, unknown> = { id: page.id, name: page.name, access_token: page.token, picture: { data: { url: "https://scontent.test/page.jpg" } } };
    if (fields.includes("instagram_business_account") && state.linkInstagram) {
      entry.instagram_business_account = { id: ig.id, username: ig.username, profile_picture_url: "https://scontent.test/ig.jpg" };
    }
    return { json: { data: [entry], paging: { cursors: { before: "a", after: "b" } } } };
  });

  const createPost = (pageId: string, message: string, link: string | null, photoUrls: string[]): FacebookFakePost => {
    const id = `${pageId}_${nextId()}`;
    const post = { id, pageId, message, link, photoUrls, createdAt: new Date(), permalink: `https://www.facebook.com/${pageId}/posts/${id.split("_")[1]}` };
    posts.push(post);
    return post;
  };

  server.route("POST", `${prefix}/:pageId/feed`, withPageToken((req, { pageId }) => {
    const p = graphParams(req);
    const attached = [...p.keys()].filter((k) => /^attached_media\[\d+\]$/.test(k)).map((k) => JSON.parse(p.get(k)!) as { media_fbid: string });
    if (attached.some((a) => !photos.has(a.media_fbid))) return graphError(400, 100, "(#100) Invalid media_fbid");
    if (!p.get("message") && !p.get("link") && attached.length === 0) return graphError(400, 100, "(#100) Missing message or attachment");
    if (posts.some((x) => x.pageId === pageId && x.message === p.get("message") && Date.now() - x.createdAt.getTime() < 60_000 && p.get("message"))) {
      return graphError(400, 506, "Duplicate status message");
    }
    return { json: { id: createPost(pageId!, p.get("message") ?? "", p.get("link"), attached.map((a) => photos.get(a.media_fbid)!)).id } };
  }));

  server.route("POST", `${prefix}/:pageId/photos`, withPageToken((req, { pageId }) => {
    const p = graphParams(req);
    const url = p.get("url");
    if (!url) return graphError(400, 324, "(#324) Requires upload file");
    const photoId = nextId();
    photos.set(photoId, url);
    if (p.get("published") === "false") return { json: { id: photoId } };
    return { json: { id: photoId, post_id: createPost(pageId!, p.get("caption") ?? "", null, [url]).id } };
  }));

  server.route("GET", `${prefix}/:pageId/posts`, withPageToken((req, { pageId }) => {
    const since = Number(req.query.get("since") ?? 0);
    const data = posts.filter((x) => x.pageId === pageId && unix(x.createdAt) >= since).reverse();
    return { json: { data: data.map((x) => ({ id: x.id, message: x.message || undefined, permalink_url: x.permalink, created_time: graphTime(x.createdAt) })) } };
  }));

  // Instagram content publishing.
  server.route("GET", `${prefix}/:igUserId/content_publishing_limit`, withPageToken(() => ({
    json: { data: [{ quota_usage: state.quota.usage, config: { quota_total: state.quota.total, quota_duration: 86400 } }] },
  })));

  server.route("POST", `${prefix}/:igUserId/media`, withPageToken((req, { igUserId }) => {
    if (igUserId !== ig.id) return graphError(400, 100, "Unsupported post request. Object does not exist");
    const p = graphParams(req);
    const id = nextId();
    if (p.get("media_type") === "CAROUSEL") {
      const children = (p.get("children") ?? "").split(",").filter(Boolean);
      if (children.length < 2 || children.some((c) => !containers.get(c)?.carouselItem)) return graphError(400, 100, "The carousel needs 2 to 10 valid children");
      containers.set(id, { id, igUserId, caption: p.get("caption") ?? "", imageUrls: children.flatMap((c) => containers.get(c)!.imageUrls), carouselItem: false, status: "IN_PROGRESS" });
      return { json: { id } };
    }
    const imageUrl = p.get("image_url");
    if (!imageUrl) return graphError(400, 100, "(#100) The parameter image_url is required");
    if (!/\.jpe?g($|\?)/i.test(imageUrl)) return graphError(400, 9004, "Only photo or video can be accepted as media type.", { error_subcode: 2207052 });
    containers.set(id, { id, igUserId, caption: p.get("caption") ?? "", imageUrls: [imageUrl], carouselItem: p.get("is_carousel_item") === "true", status: "IN_PROGRESS" });
    return { json: { id } };
  }));

  server.route("POST", `${prefix}/:igUserId/media_publish`, withPageToken((req, { igUserId }) => {
    const container = containers.get(graphParams(req).get("creation_id") ?? "");
    if (!container || container.igUserId !== igUserId) return graphError(400, 100, "(#100) Invalid creation_id");
    if (container.status !== "FINISHED") return graphError(400, 9007, "Media ID is not available", { error_subcode: 2207027 });
    if (state.quota.usage >= state.quota.total) return graphError(400, 9, "Application request limit reached", { error_subcode: 2207042 });
    container.status = "PUBLISHED";
    state.quota.usage += 1;
    const id = nextId();
    media.push({ id, igUserId: igUserId!, caption: container.caption, imageUrls: container.imageUrls, createdAt: new Date(), permalink: `https://www.instagram.com/p/C${id.slice(-6)}/` });
    return { json: { id } };
  }));

  server.route("GET", `${prefix}/:igUserId/media`, withPageToken((req) => {
    const since = Number(req.query.get("since") ?? 0);
    const data = media.filter((m) => unix(m.createdAt) >= since).reverse();
    return { json: { data: data.map((m) => ({ id: m.id, caption: m.caption, permalink: m.permalink, timestamp: graphTime(m.createdAt) })) } };
  }));

  const insights: Record<string, Record<string, number>> = {};
  server.route("GET", `${prefix}/:id/insights`, withPageToken((req, { id }) => {
    const known = posts.some((x) => x.id === id) || media.some((m) => m.id === id);
    if (!known) return graphError(400, 100, "Unsupported get request. Object does not exist");
    const names = (req.query.get("metric") ?? "").split(",").filter(Boolean);
    if (names.length === 0) return graphError(400, 100, "(#100) The value must be a valid insights metric");
    return { json: { data: names.map((name) => ({ name, period: "lifetime", values: [{ value: insights[id!]?.[name] ?? 0 }], id: `${id}/insights/${name}/lifetime` })) } };
  }));

  server.route("GET", `${prefix}/:id`, withPageToken((req, { id }) => {
    const container = containers.get(id!);
    if (container) {
      if (container.status === "IN_PROGRESS") container.status = state.containerStatuses.shift() ?? "FINISHED";
      return { json: { id, status_code: container.status, status: container.status === "ERROR" ? "Error: media could not be fetched from URI" : undefined } };
    }
    const post = posts.find((x) => x.id === id);
    if (post) {
      const counts = insights[id!] ?? {};
      return { json: { id, permalink_url: post.permalink, reactions: { data: [], summary: { total_count: counts.reactions ?? 0 } }, comments: { data: [], summary: { total_count: counts.comments ?? 0 } }, shares: { count: counts.shares ?? 0 } } };
    }
    const item = media.find((m) => m.id === id);
    if (item) return { json: { id, permalink: item.permalink, like_count: insights[id!]?.likes ?? 0, comments_count: insights[id!]?.comments ?? 0 } };
    // The Page and the Instagram account themselves (what pre-flight reads to check the token).
    if (id === page.id) return { json: { id, name: page.name } };
    if (id === ig.id) return { json: { id, username: ig.username } };
    return graphError(400, 100, `Unsupported get request. Object with ID '${id}' does not exist`, { error_subcode: 33 });
  }));

  const endpoints: Endpoints = { "meta.graph": `${server.url}${prefix}`, "meta.dialog": `${server.url}/dialog/oauth` };
  return {
    server,
    endpoints,
    app,
    page,
    ig,
    state,
    posts,
    media,
    insights,
    /** The member removed the app or changed their password: every token stops working. */
    revokeAll() {
      pageTokens.clear();
      userTokens.clear();
    },
    close: () => server.close(),
  };
}

export type MetaFake = Awaited<ReturnType<typeof startMetaFake>>;
