import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blueskyConnector } from "@/server/publish/connectors/bluesky/connector";
import { detectFacets } from "@/server/publish/connectors/bluesky/facets";
import { clockIdFor, parseTid } from "@/server/publish/connectors/bluesky/rkey";
import { ConnectorError } from "@/server/publish/connectors/errors";
import type { ConnectorContext, PublishContent } from "@/server/publish/connectors/types";
import { blueskyRateLimited, startBlueskyFake, type BlueskyFake } from "../fakes/bluesky-server";

let fake: BlueskyFake;
beforeAll(async () => {
  fake = await startBlueskyFake();
});
afterAll(() => fake.server.close());

function context(overrides: Partial<ConnectorContext["channel"]["credentials"]> = {}): ConnectorContext {
  const s = fake.session();
  return {
    http: fetch,
    endpoints: fake.endpoints,
    channel: {
      id: crypto.randomUUID(),
      kind: "bluesky",
      externalAccountId: fake.account.did,
      handle: fake.account.handle,
      serviceUrl: fake.serviceUrl,
      credentials: { identifier: fake.account.handle, appPassword: fake.account.appPassword, accessToken: s.accessJwt, refreshToken: s.refreshJwt, ...overrides },
    },
  };
}
const content = (parts: string[], extra: Partial<PublishContent> = {}): PublishContent => ({ contentItemId: "item-1", title: "T", body: parts.join("\n\n"), parts, tags: [], media: [], ...extra });
const key = () => `job-${crypto.randomUUID()}`;
const rejection = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ConnectorError"); }, (e: unknown) => e as ConnectorError);

describe("bluesky connector", () => {
  it("posts one record with link and hashtag facets at UTF-8 byte offsets, rkey a TID carrying the key", async () => {
    const k = key();
    const text = "Größe zählt — read https://loomcast.test/blog/post. #Launch";
    const delivery = await blueskyConnector.publish(context(), content([text]), k);
    const post = fake.posts.find((p) => p.uri === delivery.externalId)!;
    expect(post.record.text).toBe(text);
    expect(delivery.permalink).toBe(`https://bsky.app/profile/${fake.account.handle}/post/${post.rkey}`);
    expect(parseTid(post.rkey)?.clockId).toBe(clockIdFor(k, 0));
    const facets = post.record.facets as ReturnType<typeof detectFacets>;
    const bytes = Buffer.from(text, "utf8");
    expect(facets.map((f) => bytes.subarray(f.index.byteStart, f.index.byteEnd).toString("utf8"))).toEqual(["https://loomcast.test/blog/post", "#Launch"]);
    expect(facets[1]!.features[0]).toEqual({ $type: "app.bsky.richtext.facet#tag", tag: "Launch" });
  });

  it("publishes a thread as a reply chain (root = first part, parent = previous)", async () => {
    const delivery = await blueskyConnector.publish(context(), content(["one", "two", "three"]), key());
    expect(delivery.partIds).toHaveLength(3);
    const [a, b, c] = delivery.partIds!.map((uri) => fake.posts.find((p) => p.uri === uri)!);
    expect(a!.record.reply).toBeUndefined();
    expect(b!.record.reply).toEqual({ root: { uri: a!.uri, cid: a!.cid }, parent: { uri: a!.uri, cid: a!.cid } });
    expect(c!.record.reply).toEqual({ root: { uri: a!.uri, cid: a!.cid }, parent: { uri: b!.uri, cid: b!.cid } });
  });

  it("uploads images as blobs and embeds them with alt text", async () => {
    const before = fake.blobs.length;
    const delivery = await blueskyConnector.publish(context(), content(["with a picture"], { media: [{ url: `${fake.server.url}/img/cat.png`, alt: "A cat" }] }), key());
    expect(fake.blobs.length).toBe(before + 1);
    const upload = fake.server.requests.filter((r) => r.path.endsWith("uploadBlob")).at(-1)!;
    expect(upload.headers["content-type"]).toBe("image/png");
    const embed = fake.posts.find((p) => p.uri === delivery.externalId)!.record.embed as { $type: string; images: Array<{ alt: string; image: { ref: { $link: string } } }> };
    expect(embed.$type).toBe("app.bsky.embed.images");
    expect(embed.images[0]).toMatchObject({ alt: "A cat", image: { ref: { $link: fake.blobs.at(-1)!.cid } } });
  });

  it("validates length per part in graphemes and the image count", () => {
    const problems = blueskyConnector.validate(content(["ok", "x".repeat(301)], { media: Array.from({ length: 5 }, (_, i) => ({ url: `https://x.test/${i}.png`, alt: "" })) }));
    expect(problems.map((p) => p.message)).toEqual(["Post 2 of 2 is 301 characters; Bluesky allows 300.", "There are 5 images; Bluesky allows 4 per post."]);
    expect(blueskyConnector.validate(content(["🙂".repeat(300)]))).toEqual([]);
  });

  it("an expired access token is refreshed (refreshSession) and the post goes out once; new tokens are handed back", async () => {
    const ctx = context();
    const oldAccess = ctx.channel.credentials.accessToken;
    fake.expireAccessTokens();
    const count = fake.posts.length;
    await blueskyConnector.publish(ctx, content(["after refresh"]), key());
    expect(fake.posts.length).toBe(count + 1);
    expect(fake.server.requests.some((r) => r.path.endsWith("refreshSession"))).toBe(true);
    expect(ctx.channel.credentials.accessToken).not.toBe(oldAccess);
    expect(ctx.channel.credentials.expiresAt).toBeGreaterThan(Date.now());
  });

  it("a refused refresh token falls back to the app password", async () => {
    const ctx = context({ refreshToken: "revoked" });
    fake.expireAccessTokens();
    await expect(blueskyConnector.publish(ctx, content(["via app password"]), key())).resolves.toMatchObject({ externalId: expect.stringContaining("at://") });
  });

  it("a revoked app password → auth (channel needs reconnecting)", async () => {
    const other = await startBlueskyFake();
    const s = other.session();
    other.revokeAppPassword();
    const ctx = { ...context(), channel: { ...context().channel, serviceUrl: other.serviceUrl, credentials: { identifier: other.account.handle, appPassword: "abcd-efgh-ijkl-mnop", accessToken: s.accessJwt, refreshToken: s.refreshJwt } } };
    const error = await rejection(blueskyConnector.publish(ctx, content(["nope"]), key()));
    await other.server.close();
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error.kind).toBe("auth");
  });

  it("429 → rate_limited with retryAfterMs from ratelimit-reset", async () => {
    fake.server.failNext({ path: /createRecord$/ }, blueskyRateLimited(new Date(Date.now() + 120_000)));
    const error = await rejection(blueskyConnector.publish(context(), content(["limited"]), key()));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBeGreaterThan(100_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it("content refused by the PDS → rejected with its message; 5xx → transient", async () => {
    const tooLong = await rejection(blueskyConnector.publish(context(), content(["y".repeat(301)]), key()));
    expect(tooLong.kind).toBe("rejected");
    expect(tooLong.message).toContain("300 graphemes");
    fake.server.failNext({ path: /createRecord$/ }, { status: 502, json: { error: "UpstreamFailure", message: "Upstream Failure" } });
    expect((await rejection(blueskyConnector.publish(context(), content(["later"]), key()))).kind).toBe("transient");
  });

  it("findExisting finds every part an earlier call made, and nothing for another key", async () => {
    const since = new Date();
    const k = key();
    const made = await blueskyConnector.publish(context(), content(["find me", "and my reply"]), k);
    await expect(blueskyConnector.findExisting(context(), content(["find me", "and my reply"]), k, since)).resolves.toEqual(made);
    await expect(blueskyConnector.findExisting(context(), content(["find me", "and my reply"]), key(), since)).resolves.toBeNull();
  });

  it("fetches metrics from getPosts", async () => {
    const delivery = await blueskyConnector.publish(context(), content(["popular"]), key());
    Object.assign(fake.posts.find((p) => p.uri === delivery.externalId)!, { likeCount: 7, repostCount: 2, replyCount: 3, quoteCount: 1 });
    await expect(blueskyConnector.fetchMetrics(context(), delivery)).resolves.toEqual({ likes: 7, comments: 3, shares: 3 });
  });

  it("refresh returns a new token set", async () => {
    const tokens = await blueskyConnector.refresh!(context(), { clientId: "", clientSecret: "" });
    expect(tokens.accessToken).toMatch(/\./);
    expect(tokens.refreshToken).toBeTruthy();
  });
});
