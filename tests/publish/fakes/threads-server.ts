/**
 * A local Threads API (graph.threads.net/v1.0) for tests: the code → short-lived token exchange
 * (POST form), th_exchange_token (long-lived, 60 days) and th_refresh_token, /me, media containers
 * (TEXT, IMAGE, CAROUSEL; status IN_PROGRESS → FINISHED), threads_publish with reply_to_id chains,
 * the user's threads list and media insights. Errors use the Graph shape (code 190 for bad tokens).
 */
import type { Endpoints } from "@/server/publish/connectors/types";
import { startFakeServer, type FakeServer, type Handler } from "./fake-server";
import { graphError, graphParams, invalidToken, tokenOf } from "./meta-server";

export type ThreadsFakePost = { id: string; userId: string; text: string; mediaType: string; imageUrls: string[]; replyTo: string | null; linkAttachment: string | null; createdAt: Date; permalink: string };
type Container = { id: string; userId: string; mediaType: string; text: string; imageUrls: string[]; replyTo: string | null; linkAttachment: string | null; carouselItem: boolean; status: string };

export async function startThreadsFake(options: { appId?: string; appSecret?: string } = {}) {
  const server: FakeServer = await startFakeServer();
  const app = { id: options.appId ?? "threads-app", secret: options.appSecret ?? "threads-secret" };
  const user = { id: "25000000000000001", username: "loomcast.threads" };
  const state = { containerStatuses: [] as string[], quota: { usage: 0, total: 250 } };
  const codes = new Map<string, string>([["threads-code", "https://app.test/callback"]]);
  const shortTokens = new Set<string>();
  const longTokens = new Set<string>();
  const containers = new Map<string, Container>();
  const posts: ThreadsFakePost[] = [];
  const insights: Record<string, Record<string, number>> = {};
  let seq = 0;
  const nextId = () => String(18_000_000_000_000_000 + (seq += 11));
  const prefix = "/v1.0";

  const authed = (handler: Handler): Handler => (req, params) => (longTokens.has(tokenOf(req) ?? "") ? handler(req, params) : invalidToken);
  const unix = (d: Date) => Math.floor(d.getTime() / 1000);
  const issueLong = () => {
    const token = `THQ-long-${(seq += 1)}`;
    longTokens.add(token);
    return { json: { access_token: token, token_type: "bearer", expires_in: 5_184_000 } };
  };

  server.route("POST", `${prefix}/oauth/access_token`, (req) => {
    const p = graphParams(req);
    if (p.get("client_id") !== app.id || p.get("client_secret") !== app.secret) return graphError(400, 101, "Error validating client secret.", { type: "OAuthException" });
    const redirect = codes.get(p.get("code") ?? "");
    if (p.get("grant_type") !== "authorization_code" || !redirect || redirect !== p.get("redirect_uri")) {
      return graphError(400, 100, "Invalid verification code format.", { type: "OAuthException", error_subcode: 36007 });
    }
    codes.delete(p.get("code")!);
    const token = `THQ-short-${(seq += 1)}`;
    shortTokens.add(token);
    return { json: { access_token: token, user_id: user.id } };
  });

  server.route("GET", `${prefix}/access_token`, (req) => {
    const q = req.query;
    if (q.get("grant_type") !== "th_exchange_token" || q.get("client_secret") !== app.secret) return graphError(400, 100, "Invalid parameter", { type: "OAuthException" });
    return shortTokens.delete(q.get("access_token") ?? "") ? issueLong() : invalidToken;
  });

  server.route("GET", `${prefix}/refresh_access_token`, (req) => {
    if (req.query.get("grant_type") !== "th_refresh_token") return graphError(400, 100, "Invalid parameter", { type: "OAuthException" });
    return longTokens.has(req.query.get("access_token") ?? "") ? issueLong() : graphError(400, 190, "Error validating access token: Session has expired", { error_subcode: 463 });
  });

  server.route("GET", `${prefix}/me`, authed(() => ({ json: { id: user.id, username: user.username, threads_profile_picture_url: "https://scontent.test/th.jpg" } })));

  server.route("POST", `${prefix}/:userId/threads`, authed((req, { userId }) => {
    if (userId !== user.id && userId !== "me") return graphError(400, 100, "Unsupported post request. Object does not exist");
    const p = graphParams(req);
    const mediaType = p.get("media_type") ?? "";
    const text = p.get("text") ?? "";
    const carouselItem = p.get("is_carousel_item") === "true";
    let imageUrls: string[] = [];
    if (mediaType === "TEXT") {
      if (!text) return graphError(400, 100, "The parameter text is required for TEXT posts");
    } else if (mediaType === "IMAGE") {
      if (!p.get("image_url")) return graphError(400, 100, "The parameter image_url is required");
      imageUrls = [p.get("image_url")!];
    } else if (mediaType === "CAROUSEL") {
      const children = (p.get("children") ?? "").split(",").filter(Boolean);
      if (children.length < 2 || children.some((c) => !containers.get(c)?.carouselItem)) return graphError(400, 100, "A carousel needs 2 to 20 valid items");
      imageUrls = children.flatMap((c) => containers.get(c)!.imageUrls);
    } else return graphError(400, 100, "The parameter media_type is required");
    if ([...text].length > 500) return graphError(400, 100, "Param text must be at most 500 characters long.");
    const replyTo = p.get("reply_to_id");
    if (replyTo && !posts.some((x) => x.id === replyTo)) return graphError(400, 100, "Invalid reply_to_id");
    const id = nextId();
    containers.set(id, { id, userId: user.id, mediaType, text, imageUrls, replyTo, linkAttachment: p.get("link_attachment"), carouselItem, status: mediaType === "TEXT" ? "FINISHED" : "IN_PROGRESS" });
    return { json: { id } };
  }));

  server.route("GET", `${prefix}/:userId/threads_publishing_limit`, authed(() => ({
    json: { data: [{ quota_usage: state.quota.usage, config: { quota_total: state.quota.total, quota_duration: 86400 } }] },
  })));

  server.route("POST", `${prefix}/:userId/threads_publish`, authed((req) => {
    const container = containers.get(graphParams(req).get("creation_id") ?? "");
    if (!container || container.carouselItem) return graphError(400, 100, "Invalid creation_id");
    if (container.status !== "FINISHED") return graphError(400, 24, "The media is not ready to be published", { error_subcode: 4279009 });
    if (!container.replyTo && state.quota.usage >= state.quota.total) return graphError(400, 4, "Application request limit reached");
    container.status = "PUBLISHED";
    if (!container.replyTo) state.quota.usage += 1;
    const id = nextId();
    posts.push({ id, userId: container.userId, text: container.text, mediaType: container.mediaType, imageUrls: container.imageUrls, replyTo: container.replyTo, linkAttachment: container.linkAttachment, createdAt: new Date(), permalink: `https://www.threads.net/@${user.username}/post/D${id.slice(-8)}` });
    return { json: { id } };
  }));

  server.route("GET", `${prefix}/:userId/threads`, authed((req) => {
    const since = Number(req.query.get("since") ?? 0);
    const data = posts.filter((x) => unix(x.createdAt) >= since).reverse();
    return { json: { data: data.map((x) => ({ id: x.id, text: x.text, permalink: x.permalink, timestamp: x.createdAt.toISOString().replace(/\.\d{3}Z$/, "+0000") })), paging: {} } };
  }));

  server.route("GET", `${prefix}/:id/insights`, authed((req, { id }) => {
    if (!posts.some((x) => x.id === id)) return graphError(400, 100, "Unsupported get request. Object does not exist");
    const names = (req.query.get("metric") ?? "").split(",").filter(Boolean);
    return { json: { data: names.map((name) => ({ name, period: "lifetime", values: [{ value: insights[id!]?.[name] ?? 0 }], title: name, id: `${id}/insights/${name}/lifetime` })) } };
  }));

  server.route("GET", `${prefix}/:id`, authed((_req, { id }) => {
    const container = containers.get(id!);
    if (container) {
      if (container.status === "IN_PROGRESS") container.status = state.containerStatuses.shift() ?? "FINISHED";
      return { json: { id, status: container.status, error_message: container.status === "ERROR" ? "FAILED_DOWNLOADING_IMAGE" : undefined } };
    }
    const post = posts.find((x) => x.id === id);
    if (post) return { json: { id, permalink: post.permalink } };
    return graphError(400, 100, `Unsupported get request. Object with ID '${id}' does not exist`, { error_subcode: 33 });
  }));

  const endpoints: Endpoints = { "threads.graph": `${server.url}${prefix}`, "threads.authorize": `${server.url}/oauth/authorize` };
  return {
    server,
    endpoints,
    app,
    user,
    state,
    posts,
    insights,
    /** A long-lived token as if the member had connected already. */
    issueToken: () => (issueLong().json as { access_token: string }).access_token,
    revokeAll: () => longTokens.clear(),
    close: () => server.close(),
  };
}

export type ThreadsFake = Awaited<ReturnType<typeof startThreadsFake>>;
