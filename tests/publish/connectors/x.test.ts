import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import type { ConnectorContext, PublishContent } from "@/server/publish/connectors/types";
import { xConnector } from "@/server/publish/connectors/x/connector";
import { startXFake, xRateLimited, type XFake } from "../fakes/x-server";

let fake: XFake;
let n = 0;

beforeAll(async () => {
  fake = await startXFake();
  fake.server.route("GET", "/images/:name", () => ({ text: "PNG-BYTES-FOR-TEST", headers: { "content-type": "image/png" } }));
});
afterAll(() => fake.server.close());

function ctxWith(accessToken: string, refreshToken?: string): ConnectorContext {
  return {
    http: fetch,
    endpoints: fake.endpoints,
    channel: { id: "ch-x", kind: "x", externalAccountId: fake.user.id, handle: fake.user.username, serviceUrl: null, credentials: { accessToken, refreshToken } },
  };
}
const freshCtx = () => ctxWith(fake.issueTokens().access);
const content = (parts: string[], media: PublishContent["media"] = []): PublishContent => ({ contentItemId: "ci-1", title: "T", body: parts.join("\n"), parts, tags: [], media });
const unique = (text: string) => `${text} #${++n}-${randomBytes(3).toString("hex")}`;

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe("X connector", () => {
  it("names the part that is too long, refuses a fifth image and empty posts", () => {
    const problems = xConnector.validate(content(["fine", "a".repeat(290), ""], Array.from({ length: 5 }, (_, i) => ({ url: `https://img.test/${i}.png`, alt: "" }))));
    expect(problems.map((p) => p.message)).toEqual(["Post 2 of 3 is 290 characters; X allows 280.", "Post 3 of 3 is empty.", "X takes up to 4 images per post; this has 5."]);
    expect(xConnector.validate(content(["one link https://example.com/" + "x".repeat(300)]))).toEqual([]);
  });

  it("publishes a single post with the channel's bearer token and returns its permalink", async () => {
    const ctx = freshCtx();
    const text = unique("Hello from Loomcast");
    const delivery = await xConnector.publish(ctx, content([text]), "key-1");
    const post = fake.posts.find((p) => p.id === delivery.externalId)!;
    expect(post.text).toBe(text);
    expect(delivery.permalink).toBe(`https://x.com/loomtest/status/${post.id}`);
    expect(delivery.partIds).toEqual([post.id]);
    expect(fake.server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${ctx.channel.credentials.accessToken}`);
  });

  it("publishes a thread as a reply chain", async () => {
    const parts = [unique("1/3 start"), "2/3 middle", "3/3 end"];
    const delivery = await xConnector.publish(freshCtx(), content(parts), "key-thread");
    const chain = delivery.partIds!.map((id) => fake.posts.find((p) => p.id === id)!);
    expect(chain.map((p) => p.text)).toEqual(parts);
    expect(chain.map((p) => p.inReplyTo)).toEqual([null, chain[0]!.id, chain[1]!.id]);
  });

  it("uploads images through the v2 media upload with alt text and attaches them to the first post", async () => {
    const media = [
      { url: `${fake.server.url}/images/a.png`, alt: "A loom weaving blue thread" },
      { url: `${fake.server.url}/images/b.png`, alt: "" },
    ];
    const delivery = await xConnector.publish(freshCtx(), content([unique("With pictures"), "second"], media), "key-media");
    const [first, second] = delivery.partIds!.map((id) => fake.posts.find((p) => p.id === id)!);
    expect(first!.mediaIds).toHaveLength(2);
    expect(second!.mediaIds).toEqual([]);
    const uploaded = first!.mediaIds.map((id) => fake.media.get(id)!);
    expect(uploaded.map((m) => [m.category, m.bytes, m.alt])).toEqual([
      ["tweet_image", "PNG-BYTES-FOR-TEST".length, "A loom weaving blue thread"],
      ["tweet_image", "PNG-BYTES-FOR-TEST".length, null],
    ]);
  });

  it("refuses an image that cannot be downloaded as rejected", async () => {
    const error = await failure(xConnector.publish(freshCtx(), content([unique("missing image")], [{ url: `${fake.server.url}/nothing-here.png`, alt: "" }]), "k"));
    expect(error.kind).toBe("rejected");
    expect(error.message).toContain("could not be downloaded");
  });

  it("maps a revoked token to auth", async () => {
    const ctx = freshCtx();
    fake.revoke(ctx.channel.credentials.accessToken!);
    const error = await failure(xConnector.publish(ctx, content([unique("revoked")]), "k"));
    expect(error.kind).toBe("auth");
    expect(error.message).toMatch(/reconnect/);
  });

  it("maps 429 to rate_limited with the wait until x-rate-limit-reset", async () => {
    const reset = Math.floor(Date.now() / 1000) + 600;
    fake.server.failNext({ method: "POST", path: /^\/2\/tweets$/ }, xRateLimited(reset));
    const error = await failure(xConnector.publish(freshCtx(), content([unique("limited")]), "k"));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBeGreaterThan(590_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(600_000);
  });

  it("maps X's 403 for duplicate content to rejected", async () => {
    const ctx = freshCtx();
    const text = unique("said twice");
    await xConnector.publish(ctx, content([text]), "k1");
    const error = await failure(xConnector.publish(ctx, content([text]), "k2"));
    expect(error.kind).toBe("rejected");
    expect(error.platformCode).toBe("duplicate");
    expect(error.message).toMatch(/^X refused the post: /);
  });

  it("maps a server error to transient", async () => {
    fake.server.failNext({ method: "POST", path: /^\/2\/tweets$/ }, { status: 503, json: { title: "Service Unavailable", detail: "Service Unavailable", type: "about:blank", status: 503 } });
    const error = await failure(xConnector.publish(freshCtx(), content([unique("down")]), "k"));
    expect(error.kind).toBe("transient");
  });

  it("turns a failure after part of a thread went out into unknown, and findExisting returns the chain so far", async () => {
    const ctx = freshCtx();
    const since = new Date();
    const parts = [unique("half thread"), "second part", "third part"];
    let calls = 0;
    const http: typeof fetch = (input, init) => {
      if (String(input).endsWith("/2/tweets") && ++calls === 3) return Promise.reject(new TypeError("socket hang up"));
      return fetch(input, init);
    };
    const error = await failure(xConnector.publish({ ...ctx, http }, content(parts), "k-half"));
    expect(error.kind).toBe("unknown");
    expect(error.message).toContain("2 of 3");
    const found = await xConnector.findExisting(ctx, content(parts), "k-half", since);
    expect(found!.partIds).toHaveLength(2);
    expect(fake.posts.find((p) => p.id === found!.partIds![1])!.inReplyTo).toBe(found!.externalId);
  });

  it("findExisting finds a post made by an earlier call (X escapes & < >) and returns null otherwise", async () => {
    const ctx = freshCtx();
    const since = new Date();
    const parts = [unique("Fish & chips <3 at https://example.com/menu"), "and a reply"];
    const delivery = await xConnector.publish(ctx, content(parts), "k-find");
    const found = await xConnector.findExisting(ctx, content(parts), "k-find", since);
    expect(found).toEqual(delivery);
    expect(await xConnector.findExisting(ctx, content([unique("never posted")]), "k-none", since)).toBeNull();
    // X appends a t.co link for attached images.
    const withImage = content([unique("a post with an image")], [{ url: `${fake.server.url}/images/c.png`, alt: "" }]);
    const imaged = await xConnector.publish(ctx, withImage, "k-img");
    expect(await xConnector.findExisting(ctx, withImage, "k-img", since)).toEqual(imaged);
    expect(await xConnector.findExisting(ctx, content(parts), "k-find", new Date(Date.now() + 3_600_000))).toBeNull();
  });

  it("fetches public metrics", async () => {
    const ctx = freshCtx();
    const delivery = await xConnector.publish(ctx, content([unique("measured")]), "k-metrics");
    Object.assign(fake.posts.find((p) => p.id === delivery.externalId)!.metrics, { like_count: 7, reply_count: 2, retweet_count: 3, quote_count: 1, impression_count: 420, bookmark_count: 5 });
    expect(await xConnector.fetchMetrics(ctx, delivery)).toEqual({ likes: 7, comments: 2, shares: 4, impressions: 420, saves: 5 });
    const gone = await failure(xConnector.fetchMetrics(ctx, { externalId: "1", permalink: null }));
    expect(gone.kind).toBe("rejected");
  });

  it("refreshes the access token (X rotates the refresh token) and maps a spent refresh token to auth", async () => {
    const { access, refresh } = fake.issueTokens();
    const tokens = await xConnector.refresh!(ctxWith(access, refresh), fake.client);
    expect(tokens.accessToken).not.toBe(access);
    expect(tokens.refreshToken).not.toBe(refresh);
    expect(tokens.expiresAt! - Date.now()).toBeGreaterThan(7_000_000);
    await xConnector.publish(ctxWith(tokens.accessToken), content([unique("after refresh")]), "k-r");
    const error = await failure(xConnector.refresh!(ctxWith(access, refresh), fake.client));
    expect(error.kind).toBe("auth");
  });

  it("connects through OAuth 2.0 with PKCE: authorize URL, code exchange with Basic client auth, profile", async () => {
    const oauth = xConnector.oauth!;
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const redirectUri = "https://app.test/api/channels/callback/x";
    const url = new URL(oauth.authorizeUrl({ clientId: fake.client.clientId, redirectUri, state: "st-1", codeChallenge: challenge, endpoints: fake.endpoints }));
    expect(`${url.origin}${url.pathname}`).toBe(fake.endpoints["x.authorize"]);
    expect(Object.fromEntries(url.searchParams)).toEqual({ response_type: "code", client_id: "x-client", redirect_uri: redirectUri, scope: "tweet.read tweet.write users.read offline.access media.write", state: "st-1", code_challenge: challenge, code_challenge_method: "S256" });

    const code = fake.issueCode(challenge, redirectUri);
    const wrong = await failure(oauth.exchange({ code, codeVerifier: "not-the-verifier", redirectUri, ...fake.client, http: fetch, endpoints: fake.endpoints }));
    expect(wrong.kind).toBe("auth");
    const code2 = fake.issueCode(challenge, redirectUri);
    const tokens = await oauth.exchange({ code: code2, codeVerifier: verifier, redirectUri, ...fake.client, http: fetch, endpoints: fake.endpoints });
    expect(tokens.refreshToken).toBeTruthy();
    const { profile } = await oauth.profile({ tokens, http: fetch, endpoints: fake.endpoints });
    expect(profile).toEqual({ externalAccountId: fake.user.id, name: "Loom Test", handle: "loomtest", avatarUrl: "https://pbs.twimg.com/profile_images/1/a_normal.jpg" });
  });
});
