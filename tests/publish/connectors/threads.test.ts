import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { threadsConnector } from "@/server/publish/connectors/threads/connector";
import type { ConnectorContext, MediaItem, PublishContent } from "@/server/publish/connectors/types";
import { graphError, graphRateLimited } from "../fakes/meta-server";
import { startThreadsFake, type ThreadsFake } from "../fakes/threads-server";

let fake: ThreadsFake;
let n = 0;

beforeAll(async () => {
  fake = await startThreadsFake();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.state.containerStatuses = [];
  fake.state.quota.usage = 0;
});

const ctx = (accessToken = fake.issueToken()): ConnectorContext => ({
  http: fetch,
  endpoints: fake.endpoints,
  channel: { id: "ch-th", kind: "threads", externalAccountId: fake.user.id, handle: fake.user.username, serviceUrl: null, credentials: { accessToken } },
});
const content = (parts: string[], extra: Partial<PublishContent> = {}): PublishContent => ({ contentItemId: "ci", title: "T", body: parts.join("\n"), parts, tags: [], media: [], ...extra });
const image = (name: string, alt = ""): MediaItem => ({ url: `https://img.test/${name}.jpg`, alt });
const unique = (text: string) => `${text} ${++n}-${randomBytes(3).toString("hex")}`;
const containerCalls = () => fake.server.requests.filter((r) => r.method === "POST" && r.path.endsWith("/threads")).map((r) => Object.fromEntries(new URLSearchParams(r.body)));

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe("Threads connector", () => {
  it("names the thread part that is too long or empty, and refuses 21 images", () => {
    const problems = threadsConnector.validate(content(["fine", "b".repeat(501), " "], { media: Array.from({ length: 21 }, (_, i) => image(String(i))) }));
    expect(problems.map((p) => p.message)).toEqual([
      "Post 2 of 3 is 501 characters; Threads allows 500.",
      "Post 3 of 3 is empty.",
      "The post has 21 images; a Threads carousel takes at most 20.",
    ]);
    expect(threadsConnector.validate(content(["One post, fine"]))).toEqual([]);
  });

  it("publishes a text post: TEXT container, then threads_publish, with the permalink", async () => {
    const c = ctx();
    const text = unique("Hello Threads");
    const delivery = await threadsConnector.publish(c, content([text], { link: "https://blog.test/hello" }), "k");
    const post = fake.posts.find((p) => p.id === delivery.externalId)!;
    expect(post).toMatchObject({ text, mediaType: "TEXT", replyTo: null, linkAttachment: "https://blog.test/hello" });
    expect(delivery).toEqual({ externalId: post.id, permalink: post.permalink, partIds: [post.id] });
    expect(fake.server.requests.find((r) => r.path.endsWith("/threads_publish"))!.headers.authorization).toBe(`Bearer ${c.channel.credentials.accessToken}`);
  });

  it("publishes a thread as a reply chain with the images (a carousel) on the first post", async () => {
    fake.state.containerStatuses = ["IN_PROGRESS"];
    const parts = [unique("1/3 Looms"), "2/3 More", "3/3 End"];
    const delivery = await threadsConnector.publish(ctx(), content(parts, { media: [image("a", "Warp"), image("b")] }), "k");
    const chain = delivery.partIds!.map((id) => fake.posts.find((p) => p.id === id)!);
    expect(chain.map((p) => p.text)).toEqual(parts);
    expect(chain.map((p) => p.replyTo)).toEqual([null, chain[0]!.id, chain[1]!.id]);
    expect(chain.map((p) => p.mediaType)).toEqual(["CAROUSEL", "TEXT", "TEXT"]);
    expect(chain[0]!.imageUrls).toEqual(["https://img.test/a.jpg", "https://img.test/b.jpg"]);
    expect(containerCalls().find((c) => c.image_url === "https://img.test/a.jpg")).toMatchObject({ media_type: "IMAGE", is_carousel_item: "true", alt_text: "Warp" });
  });

  it("publishes a single image as an IMAGE container once it is FINISHED", async () => {
    const text = unique("Picture");
    const delivery = await threadsConnector.publish(ctx(), content([text], { media: [image("one")] }), "k");
    expect(fake.posts.find((p) => p.id === delivery.externalId)).toMatchObject({ mediaType: "IMAGE", imageUrls: ["https://img.test/one.jpg"], text });
    expect(fake.server.requests.some((r) => r.query.get("fields") === "status,error_message")).toBe(true);
  });

  it("a failure after the first post is 'unknown' so the workflow looks the thread up instead of posting it twice", async () => {
    const parts = [unique("1/2 Begin"), "2/2 Never"];
    const c = ctx();
    // The first part goes through; the second part's container creation meets a Graph outage.
    let containers = 0;
    const http: typeof fetch = async (input, init) => {
      if (String(input).endsWith("/threads") && init?.method === "POST" && ++containers === 2) {
        return new Response(JSON.stringify({ error: { message: "Service temporarily unavailable", code: 2 } }), { status: 503, headers: { "content-type": "application/json" } });
      }
      return fetch(input, init);
    };
    const error = await failure(threadsConnector.publish({ ...c, http }, content(parts), "k"));
    expect(error.kind).toBe("unknown");
    expect(error.message).toContain("Threads published 1 of 2 posts of the thread, then: Threads had a temporary problem");
    expect(await threadsConnector.findExisting(c, content(parts), "k", new Date(Date.now() - 10_000))).toMatchObject({ externalId: fake.posts.find((p) => p.text === parts[0])!.id });
  });

  it("maps errors: bad token → auth, code 4/32 → rate_limited, too long → rejected, code 1 → transient", async () => {
    expect((await failure(threadsConnector.publish(ctx("THQ-nope"), content([unique("x")]), "k"))).kind).toBe("auth");
    fake.server.failNext({ method: "POST", path: /\/threads$/ }, graphRateLimited(4, 3));
    const limited = await failure(threadsConnector.publish(ctx(), content([unique("x")]), "k"));
    expect([limited.kind, limited.retryAfterMs]).toEqual(["rate_limited", 180_000]);
    const tooLong = await failure(threadsConnector.publish(ctx(), content(["é".repeat(501)]), "k"));
    expect([tooLong.kind, tooLong.message]).toEqual(["rejected", "Threads refused the post: Param text must be at most 500 characters long."]);
    fake.server.failNext({ method: "POST", path: /\/threads$/ }, graphError(400, 1, "An unknown error occurred"));
    expect((await failure(threadsConnector.publish(ctx(), content([unique("x")]), "k"))).kind).toBe("transient");
  });

  it("stops before creating anything when the day's publishing quota is used up", async () => {
    fake.state.quota.usage = fake.state.quota.total;
    const before = fake.server.requests.length;
    const error = await failure(threadsConnector.publish(ctx(), content([unique("Over quota")]), "k"));
    expect([error.kind, error.retryAfterMs]).toEqual(["rate_limited", 3_600_000]);
    expect(fake.server.requests.slice(before).map((r) => `${r.method} ${r.path.split("/").at(-1)}`)).toEqual(["GET threads_publishing_limit"]);
  });

  it("findExisting finds the first post of an earlier publish by its text, and null otherwise", async () => {
    const since = new Date(Date.now() - 5_000);
    const c = ctx();
    const text = unique("Look me up");
    const delivery = await threadsConnector.publish(c, content([text]), "k");
    expect(await threadsConnector.findExisting(c, content([text]), "k", since)).toEqual({ externalId: delivery.externalId, permalink: delivery.permalink, partIds: [delivery.externalId] });
    expect(await threadsConnector.findExisting(c, content([unique("absent")]), "k", since)).toBeNull();
  });

  it("reads views, likes, replies and the sum of reposts, quotes and shares", async () => {
    const c = ctx();
    const delivery = await threadsConnector.publish(c, content([unique("Counted")]), "k");
    fake.insights[delivery.externalId] = { views: 900, likes: 30, replies: 5, reposts: 2, quotes: 1, shares: 4 };
    expect(await threadsConnector.fetchMetrics(c, delivery)).toEqual({ views: 900, likes: 30, comments: 5, shares: 7 });
  });

  it("connects: code → short-lived token → long-lived token, /me profile; refresh extends, a dead token → auth", async () => {
    const oauth = threadsConnector.oauth!;
    const url = new URL(oauth.authorizeUrl({ clientId: fake.app.id, redirectUri: "https://app.test/callback", state: "s1", endpoints: fake.endpoints }));
    expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: fake.app.id, redirect_uri: "https://app.test/callback", scope: "threads_basic,threads_content_publish,threads_manage_insights", response_type: "code", state: "s1" });
    const tokens = await oauth.exchange({ code: "threads-code", redirectUri: "https://app.test/callback", clientId: fake.app.id, clientSecret: fake.app.secret, http: fetch, endpoints: fake.endpoints });
    expect(tokens.accessToken).toMatch(/^THQ-long-/);
    expect(tokens.expiresAt! - Date.now()).toBeGreaterThan(59 * 86_400_000);
    const exchangeCall = fake.server.requests.find((r) => r.path === "/v1.0/oauth/access_token")!;
    expect(Object.fromEntries(new URLSearchParams(exchangeCall.body))).toMatchObject({ grant_type: "authorization_code", client_id: fake.app.id, code: "threads-code" });
    const { profile } = await oauth.profile({ tokens, http: fetch, endpoints: fake.endpoints });
    expect(profile).toEqual({ externalAccountId: fake.user.id, name: fake.user.username, handle: fake.user.username, avatarUrl: "https://scontent.test/th.jpg" });

    const refreshed = await threadsConnector.refresh!(ctx(tokens.accessToken), { clientId: fake.app.id, clientSecret: fake.app.secret });
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.expiresAt).toBeGreaterThan(Date.now());
    fake.revokeAll();
    const dead = await failure(threadsConnector.refresh!(ctx(refreshed.accessToken), { clientId: fake.app.id, clientSecret: fake.app.secret }));
    expect(dead.kind).toBe("auth");
  });
});
