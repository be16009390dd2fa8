import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { linkedinConnector } from "@/server/publish/connectors/linkedin/connector";
import type { ConnectorContext, PublishContent } from "@/server/publish/connectors/types";
import { linkedinRateLimited, startLinkedInFake, type LinkedInFake } from "../fakes/linkedin-server";

let fake: LinkedInFake;
let n = 0;

beforeAll(async () => {
  fake = await startLinkedInFake();
  fake.server.route("GET", "/images/:name", () => ({ text: "PNG-BYTES-FOR-LINKEDIN", headers: { "content-type": "image/png" } }));
});
afterAll(() => fake.server.close());

function ctxWith(credentials: ConnectorContext["channel"]["credentials"]): ConnectorContext {
  return { http: fetch, endpoints: fake.endpoints, channel: { id: "ch-li", kind: "linkedin", externalAccountId: fake.author, handle: null, serviceUrl: null, credentials } };
}
const freshCtx = () => ctxWith({ accessToken: fake.issueTokens().access });
const content = (parts: string[], media: PublishContent["media"] = []): PublishContent => ({ contentItemId: "ci-1", title: "T", body: parts.join("\n"), parts, tags: [], media });
const unique = (text: string) => `${text} ${++n}-${randomBytes(3).toString("hex")}`;

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe("LinkedIn connector", () => {
  it("refuses threads and posts over 3,000 characters", () => {
    expect(linkedinConnector.validate(content(["one", "two"])).map((p) => p.message)).toEqual(["LinkedIn has no threads: this has 2 posts; merge them into one."]);
    expect(linkedinConnector.validate(content(["x".repeat(3001)])).map((p) => p.message)).toEqual(["The post is 3001 characters; LinkedIn allows 3000."]);
    expect(linkedinConnector.validate(content(["x".repeat(3000)]))).toEqual([]);
  });

  it("publishes through the versioned Posts API, escaping little-text markup so nothing is cut off", async () => {
    const ctx = freshCtx();
    const text = unique("Big news (really) for *all* of you @ work: [beta] <3 ~ a_b | {x} \\ done #launch #Loom_Cast");
    const delivery = await linkedinConnector.publish(ctx, content([text]), "key");
    const post = fake.posts.find((p) => p.urn === delivery.externalId)!;
    expect(post.shown).toBe(text);
    expect(post.commentary).toContain("{hashtag|\\#|launch}");
    expect(post.commentary).toContain("{hashtag|\\#|Loom\\_Cast}");
    expect(delivery).toEqual({ externalId: post.urn, permalink: `https://www.linkedin.com/feed/update/${post.urn}/`, partIds: [post.urn] });
    const sent = fake.server.requests.findLast((r) => r.method === "POST" && r.path === "/rest/posts")!;
    expect(sent.json).toMatchObject({ author: fake.author, visibility: "PUBLIC", lifecycleState: "PUBLISHED", distribution: { feedDistribution: "MAIN_FEED" } });
    expect(sent.headers["linkedin-version"]).toMatch(/^\d{6}$/);
  });

  it("uploads one image with its alt text, or several as a multi-image post", async () => {
    const one = await linkedinConnector.publish(freshCtx(), content([unique("one image")], [{ url: `${fake.server.url}/images/a.png`, alt: "A loom at dawn" }]), "k");
    const single = fake.posts.find((p) => p.urn === one.externalId)!.content as { media: { id: string; altText: string } };
    expect(single.media.altText).toBe("A loom at dawn");
    expect(fake.images.get(single.media.id)).toEqual({ owner: fake.author, bytes: "PNG-BYTES-FOR-LINKEDIN".length });

    const two = await linkedinConnector.publish(freshCtx(), content([unique("two images")], [{ url: `${fake.server.url}/images/a.png`, alt: "first" }, { url: `${fake.server.url}/images/b.png`, alt: "second" }]), "k");
    const multi = fake.posts.find((p) => p.urn === two.externalId)!.content as { multiImage: { images: { id: string; altText: string }[] } };
    expect(multi.multiImage.images.map((i) => i.altText)).toEqual(["first", "second"]);
    expect(multi.multiImage.images.every((i) => fake.images.get(i.id)?.bytes)).toBe(true);
  });

  it("maps a revoked token to auth", async () => {
    const ctx = freshCtx();
    fake.revoke(ctx.channel.credentials.accessToken!);
    const error = await failure(linkedinConnector.publish(ctx, content([unique("revoked")]), "k"));
    expect(error.kind).toBe("auth");
    expect(error.message).toMatch(/reconnect/);
  });

  it("maps 429 to rate_limited, with Retry-After when given and a minute otherwise", async () => {
    fake.server.failNext({ method: "POST", path: /^\/rest\/posts$/ }, linkedinRateLimited());
    const error = await failure(linkedinConnector.publish(freshCtx(), content([unique("limited")]), "k"));
    expect([error.kind, error.retryAfterMs]).toEqual(["rate_limited", 60_000]);
    fake.server.failNext({ method: "POST", path: /^\/rest\/posts$/ }, { ...linkedinRateLimited(), headers: { "retry-after": "120" } });
    expect((await failure(linkedinConnector.publish(freshCtx(), content([unique("limited")]), "k"))).retryAfterMs).toBe(120_000);
  });

  it("maps LinkedIn's 422 duplicate to rejected and a 5xx to transient", async () => {
    const ctx = freshCtx();
    const text = unique("said twice");
    const first = await linkedinConnector.publish(ctx, content([text]), "k1");
    const error = await failure(linkedinConnector.publish(ctx, content([text]), "k2"));
    expect(error.kind).toBe("rejected");
    expect(error.message).toBe(`LinkedIn refused the post: Content is a duplicate of ${first.externalId}`);
    fake.server.failNext({ method: "POST", path: /^\/rest\/posts$/ }, { status: 504, json: { status: 504, message: "Gateway timeout" } });
    expect((await failure(linkedinConnector.publish(freshCtx(), content([unique("down")]), "k"))).kind).toBe("transient");
  });

  it("findExisting finds a post from an earlier call by its commentary, and null otherwise", async () => {
    const ctx = freshCtx();
    const since = new Date();
    const text = unique("Weaving (part 1) #craft");
    const delivery = await linkedinConnector.publish(ctx, content([text]), "k-find");
    expect(await linkedinConnector.findExisting(ctx, content([text]), "k-find", since)).toEqual(delivery);
    expect(await linkedinConnector.findExisting(ctx, content([unique("never posted")]), "k", since)).toBeNull();
    expect(await linkedinConnector.findExisting(ctx, content([text]), "k", new Date(Date.now() + 3_600_000))).toBeNull();
  });

  it("without r_member_social, findExisting returns null and metrics are empty instead of asking to reconnect", async () => {
    const ctx = freshCtx();
    const text = unique("unreadable");
    const delivery = await linkedinConnector.publish(ctx, content([text]), "k");
    fake.settings.memberSocialRead = false;
    try {
      expect(await linkedinConnector.findExisting(ctx, content([text]), "k", new Date(Date.now() - 60_000))).toBeNull();
      expect(await linkedinConnector.fetchMetrics(ctx, delivery)).toEqual({});
    } finally {
      fake.settings.memberSocialRead = true;
    }
  });

  it("fetches likes and comments from social actions", async () => {
    const ctx = freshCtx();
    const delivery = await linkedinConnector.publish(ctx, content([unique("measured")]), "k");
    Object.assign(fake.posts.find((p) => p.urn === delivery.externalId)!, { likes: 9, comments: 4 });
    expect(await linkedinConnector.fetchMetrics(ctx, delivery)).toEqual({ likes: 9, comments: 4 });
  });

  it("refreshes with a refresh token; keeps a valid token without one; auth once it is spent or expired", async () => {
    const { access, refresh } = fake.issueTokens();
    const tokens = await linkedinConnector.refresh!(ctxWith({ accessToken: access, refreshToken: refresh }), fake.client);
    expect(tokens.accessToken).not.toBe(access);
    expect(tokens.expiresAt! - Date.now()).toBeGreaterThan(5_000_000_000);
    expect((await failure(linkedinConnector.refresh!(ctxWith({ accessToken: access, refreshToken: refresh }), fake.client))).kind).toBe("auth");
    const expiresAt = Date.now() + 86_400_000;
    expect(await linkedinConnector.refresh!(ctxWith({ accessToken: access, expiresAt }), fake.client)).toEqual({ accessToken: access, expiresAt });
    expect((await failure(linkedinConnector.refresh!(ctxWith({ accessToken: access, expiresAt: Date.now() - 1 }), fake.client))).kind).toBe("auth");
  });

  it("connects through OAuth 2: authorize URL, code exchange with the client secret in the form, OpenID profile", async () => {
    const oauth = linkedinConnector.oauth!;
    expect(oauth.pkce).toBe(false);
    const redirectUri = "https://app.test/api/channels/callback/linkedin";
    const url = new URL(oauth.authorizeUrl({ clientId: fake.client.clientId, redirectUri, state: "st", endpoints: fake.endpoints }));
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.endpoints["linkedin.oauth"]}/authorization`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ response_type: "code", client_id: "li-client", redirect_uri: redirectUri, state: "st", scope: "openid profile w_member_social" });
    const input = { redirectUri, ...fake.client, http: fetch, endpoints: fake.endpoints };
    expect((await failure(oauth.exchange({ ...input, code: "forged" }))).kind).toBe("auth");
    const tokens = await oauth.exchange({ ...input, code: fake.issueCode(redirectUri) });
    const { profile } = await oauth.profile({ tokens, http: fetch, endpoints: fake.endpoints });
    expect(profile).toEqual({ externalAccountId: fake.author, name: "Loom Test", handle: null, avatarUrl: fake.member.picture });
  });
});
