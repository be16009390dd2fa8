import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { facebookConnector } from "@/server/publish/connectors/facebook/connector";
import type { ConnectorContext, PublishContent } from "@/server/publish/connectors/types";
import { graphError, graphRateLimited, startMetaFake, type MetaFake } from "../fakes/meta-server";

let fake: MetaFake;
let n = 0;

beforeAll(async () => {
  fake = await startMetaFake();
});
afterAll(() => fake.close());

const ctx = (accessToken = fake.page.token, http: typeof fetch = fetch): ConnectorContext => ({
  http,
  endpoints: fake.endpoints,
  channel: { id: "ch-fb", kind: "facebook", externalAccountId: fake.page.id, handle: null, serviceUrl: null, credentials: { accessToken } },
});
const content = (parts: string[], extra: Partial<PublishContent> = {}): PublishContent => ({ contentItemId: "ci", title: "T", body: parts.join("\n"), parts, tags: [], media: [], ...extra });
const unique = (text: string) => `${text} ${++n}-${randomBytes(3).toString("hex")}`;

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe("Facebook Pages connector", () => {
  it("refuses threads, over-long posts, empty posts and images that are not web addresses", () => {
    expect(facebookConnector.validate(content(["one", "two"])).map((p) => p.code)).toEqual(["thread"]);
    expect(facebookConnector.validate(content(["a".repeat(63_207)]))[0]!.message).toBe("The Facebook post is 63207 characters; Facebook allows 63206.");
    expect(facebookConnector.validate(content([" "])).map((p) => p.code)).toEqual(["empty"]);
    expect(facebookConnector.validate(content(["ok"], { media: [{ url: "file:///etc/passwd", alt: "" }] }))[0]!.message).toBe("Image 1 is not a web address the platform can download.");
    expect(facebookConnector.validate(content(["fine"], { link: "https://blog.test/a" }))).toEqual([]);
  });

  it("posts text with a link preview to the Page feed with the page token and returns the permalink", async () => {
    const text = unique("Our spring notes");
    const delivery = await facebookConnector.publish(ctx(), content([text], { link: "https://blog.test/spring" }), "key-1");
    const post = fake.posts.find((p) => p.id === delivery.externalId)!;
    expect(post).toMatchObject({ pageId: fake.page.id, message: text, link: "https://blog.test/spring" });
    expect(delivery).toEqual({ externalId: post.id, permalink: post.permalink, partIds: [post.id] });
    const feedCall = fake.server.requests.find((r) => r.method === "POST" && r.path.endsWith("/feed") && r.body.includes(encodeURIComponent(text.split(" ")[0]!)))!;
    expect(feedCall.headers.authorization).toBe(`Bearer ${fake.page.token}`);
    expect(feedCall.headers["content-type"]).toContain("application/x-www-form-urlencoded");
    expect(feedCall.query.get("access_token")).toBeNull();
  });

  it("posts one image through /photos with the link in the caption, and several as attached unpublished photos", async () => {
    const text = unique("One picture");
    const single = await facebookConnector.publish(ctx(), content([text], { link: "https://blog.test/p", media: [{ url: "https://img.test/a.jpg", alt: "A loom" }] }), "k");
    const post = fake.posts.find((p) => p.id === single.externalId)!;
    expect(post).toMatchObject({ message: `${text}\n\nhttps://blog.test/p`, photoUrls: ["https://img.test/a.jpg"] });
    expect(fake.server.requests.find((r) => r.path.endsWith("/photos") && new URLSearchParams(r.body).get("caption")?.startsWith(text))!.body).toContain("alt_text_custom=A+loom");

    const many = await facebookConnector.publish(ctx(), content([unique("Two pictures")], { media: [{ url: "https://img.test/1.jpg", alt: "" }, { url: "https://img.test/2.jpg", alt: "" }] }), "k2");
    const feed = new URLSearchParams(fake.server.requests.findLast((r) => r.method === "POST" && r.path.endsWith("/feed"))!.body);
    expect(feed.get("attached_media[0]")).toMatch(/^\{"media_fbid":"\d+"\}$/);
    expect(fake.posts.find((p) => p.id === many.externalId)!.photoUrls).toEqual(["https://img.test/1.jpg", "https://img.test/2.jpg"]);
  });

  it("maps a revoked token (code 190) to auth with a reconnect message", async () => {
    const error = await failure(facebookConnector.publish(ctx("EAA-revoked"), content([unique("x")]), "k"));
    expect(error.kind).toBe("auth");
    expect(error.platformCode).toBe("190");
    expect(error.message).toContain("Reconnect the channel");
  });

  it("maps Page rate limits (code 32) to rate_limited with the wait from X-Business-Use-Case-Usage", async () => {
    fake.server.failNext({ method: "POST", path: /\/feed$/ }, graphRateLimited(32, 7));
    const error = await failure(facebookConnector.publish(ctx(), content([unique("limited")]), "k"));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(7 * 60_000);
    fake.server.failNext({ method: "POST", path: /\/feed$/ }, graphError(400, 4, "(#4) Application request limit reached"));
    const appLimit = await failure(facebookConnector.publish(ctx(), content([unique("limited")]), "k"));
    expect([appLimit.kind, appLimit.retryAfterMs]).toEqual(["rate_limited", 10 * 60_000]);
  });

  it("maps a duplicate post (code 506) to rejected and Graph's service errors to transient", async () => {
    const text = unique("Same again");
    await facebookConnector.publish(ctx(), content([text]), "k");
    const duplicate = await failure(facebookConnector.publish(ctx(), content([text]), "k"));
    expect([duplicate.kind, duplicate.message]).toEqual(["rejected", "Facebook refused the post: Duplicate status message"]);

    fake.server.failNext({ method: "POST", path: /\/feed$/ }, graphError(503, 2, "Service temporarily unavailable"));
    expect((await failure(facebookConnector.publish(ctx(), content([unique("x")]), "k"))).kind).toBe("transient");
    fake.server.failNext({ method: "POST", path: /\/feed$/ }, graphError(400, 1, "An unknown error occurred"));
    expect((await failure(facebookConnector.publish(ctx(), content([unique("x")]), "k"))).kind).toBe("transient");
  });

  it("calls a lost answer to a POST unknown (the post may exist)", async () => {
    const cutOff: typeof fetch = async (input, init) => {
      await fetch(input, init);
      throw new TypeError("socket hang up");
    };
    const text = unique("Lost answer");
    const error = await failure(facebookConnector.publish(ctx(fake.page.token, cutOff), content([text]), "k"));
    expect(error.kind).toBe("unknown");
    expect(fake.posts.some((p) => p.message === text)).toBe(true);
  });

  it("findExisting finds a post made by an earlier call by its message, and null otherwise", async () => {
    const since = new Date(Date.now() - 5_000);
    const text = unique("Find me");
    const delivery = await facebookConnector.publish(ctx(), content([text]), "k");
    const found = await facebookConnector.findExisting(ctx(), content([text]), "k", since);
    expect(found).toEqual({ externalId: delivery.externalId, permalink: delivery.permalink, partIds: [delivery.externalId] });
    expect(fake.server.requests.at(-1)!.query.get("since")).toBe(String(Math.floor(since.getTime() / 1000) - 60));
    expect(await facebookConnector.findExisting(ctx(), content([unique("Never posted")]), "k", since)).toBeNull();
    expect(await facebookConnector.findExisting(ctx(), content([text]), "k", new Date(Date.now() + 120_000))).toBeNull();
  });

  it("reads reactions, comments, shares and post insights", async () => {
    const delivery = await facebookConnector.publish(ctx(), content([unique("Metrics")]), "k");
    fake.insights[delivery.externalId] = { reactions: 12, comments: 3, shares: 2, post_impressions: 340, post_clicks: 9 };
    expect(await facebookConnector.fetchMetrics(ctx(), delivery)).toEqual({ likes: 12, comments: 3, shares: 2, impressions: 340, clicks: 9 });
    fake.server.failNext({ method: "GET", path: /\/insights$/ }, graphError(403, 10, "(#10) Requires read_insights permission"));
    expect(await facebookConnector.fetchMetrics(ctx(), delivery)).toEqual({ likes: 12, comments: 3, shares: 2 });
  });

  it("connects through Facebook Login: long-lived user token, then the first Page and its page token", async () => {
    const oauth = facebookConnector.oauth!;
    const url = new URL(oauth.authorizeUrl({ clientId: fake.app.id, redirectUri: "https://app.test/callback", state: "st-1", endpoints: fake.endpoints }));
    expect(url.origin + url.pathname).toBe(fake.endpoints["meta.dialog"]);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ client_id: fake.app.id, state: "st-1", response_type: "code", scope: "pages_show_list,pages_manage_posts,pages_read_engagement" });
    expect(oauth.pkce).toBe(false);

    const tokens = await oauth.exchange({ code: "meta-code", redirectUri: "https://app.test/callback", clientId: fake.app.id, clientSecret: fake.app.secret, http: fetch, endpoints: fake.endpoints });
    expect(tokens.accessToken).toMatch(/^EAA-user-long-/);
    expect(tokens.expiresAt! - Date.now()).toBeGreaterThan(59 * 86_400_000);
    const { profile, credentials } = await oauth.profile({ tokens, http: fetch, endpoints: fake.endpoints });
    expect(profile).toEqual({ externalAccountId: fake.page.id, name: fake.page.name, handle: null, avatarUrl: "https://scontent.test/page.jpg" });
    expect(credentials).toMatchObject({ accessToken: fake.page.token, extra: { pageId: fake.page.id } });

    const reused = await failure(oauth.exchange({ code: "meta-code", redirectUri: "https://app.test/callback", clientId: fake.app.id, clientSecret: fake.app.secret, http: fetch, endpoints: fake.endpoints }));
    expect(reused.kind).toBe("rejected");
  });
});
