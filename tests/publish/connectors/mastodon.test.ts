import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { registerMastodonApp } from "@/server/publish/connectors/mastodon/app";
import { mastodonConnector } from "@/server/publish/connectors/mastodon/connector";
import type { ConnectorContext, PublishContent } from "@/server/publish/connectors/types";
import { mastodonRateLimited, startMastodonFake, type MastodonFake } from "../fakes/mastodon-server";

let fake: MastodonFake;
let n = 0;

beforeAll(async () => {
  fake = await startMastodonFake();
  fake.server.route("GET", "/images/:name", () => ({ text: "JPEG-BYTES-FOR-TEST", headers: { "content-type": "image/jpeg" } }));
});
afterAll(() => fake.server.close());

function ctxWith(accessToken: string): ConnectorContext {
  return {
    http: fetch,
    endpoints: fake.endpoints,
    channel: { id: "ch-m", kind: "mastodon", externalAccountId: fake.account.id, handle: "@loom@instance", serviceUrl: `${fake.instanceUrl}/`, credentials: { accessToken } },
  };
}
const freshCtx = () => ctxWith(fake.issueToken());
const content = (parts: string[], media: PublishContent["media"] = []): PublishContent => ({ contentItemId: "ci-1", title: "T", body: parts.join("\n"), parts, tags: [], media });
const unique = (text: string) => `${text} ${++n}-${randomBytes(3).toString("hex")}`;
const key = () => `job-${randomBytes(6).toString("hex")}`;

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe("Mastodon connector", () => {
  it("counts links as 23 characters and names the part that is too long", () => {
    expect(mastodonConnector.validate(content([`Read https://example.com/${"x".repeat(600)}`]))).toEqual([]);
    const problems = mastodonConnector.validate(content(["ok", "b".repeat(501)], Array.from({ length: 5 }, () => ({ url: "https://img.test/a.png", alt: "" }))));
    expect(problems.map((p) => p.message)).toEqual(["Post 2 of 2 is 501 characters; Mastodon allows 500.", "Mastodon takes up to 4 images per post; this has 5."]);
  });

  it("publishes a public status with an Idempotency-Key and returns its url", async () => {
    const ctx = freshCtx();
    const text = unique("Hello fediverse");
    const k = key();
    const delivery = await mastodonConnector.publish(ctx, content([text]), k);
    const status = fake.statuses.find((s) => s.id === delivery.externalId)!;
    expect(status.text).toBe(text);
    expect(status.visibility).toBe("public");
    expect(delivery.permalink).toBe(`${fake.instanceUrl}/@loom/${status.id}`);
    const sent = fake.server.requests.filter((r) => r.path === "/api/v1/statuses").at(-1)!;
    expect(sent.headers["idempotency-key"]).toBe(k);
    expect(sent.headers.authorization).toBe(`Bearer ${ctx.channel.credentials.accessToken}`);
  });

  it("a retry with the same key gets the same status back instead of a second one", async () => {
    const ctx = freshCtx();
    const text = unique("only once");
    const k = key();
    const first = await mastodonConnector.publish(ctx, content([text]), k);
    const again = await mastodonConnector.publish(ctx, content([text]), k);
    expect(again).toEqual(first);
    expect(fake.statuses.filter((s) => s.text === text)).toHaveLength(1);
  });

  it("publishes a thread as a reply chain, one key per part; a retry after a failure midway resumes it", async () => {
    const ctx = freshCtx();
    const parts = [unique("1/3"), "2/3", "3/3"];
    const k = key();
    // The first part goes out, then the instance fails on the second.
    let calls = 0;
    const http: typeof fetch = (input, init) => {
      if (String(input).endsWith("/api/v1/statuses") && ++calls === 2) fake.server.failNext({ method: "POST", path: /^\/api\/v1\/statuses$/ }, { status: 503, text: "Service Unavailable" });
      return fetch(input, init);
    };
    const error = await failure(mastodonConnector.publish({ ...ctx, http }, content(parts), k));
    expect(fake.statuses.filter((s) => s.text === parts[0])).toHaveLength(1);
    expect(error.kind).toBe("transient");
    const delivery = await mastodonConnector.publish(ctx, content(parts), k);
    const chain = delivery.partIds!.map((id) => fake.statuses.find((s) => s.id === id)!);
    expect(chain.map((s) => s.text)).toEqual(parts);
    expect(chain.map((s) => s.inReplyTo)).toEqual([null, chain[0]!.id, chain[1]!.id]);
    expect(chain.map((s) => s.idempotencyKey!.split("|")[1])).toEqual([`${k}:0`, `${k}:1`, `${k}:2`]);
    expect(fake.statuses.filter((s) => s.text === parts[0])).toHaveLength(1);
  });

  it("uploads images with their descriptions and waits for processing (202) before attaching them", async () => {
    fake.settings.processingPolls = 2;
    try {
      const media = [{ url: `${fake.server.url}/images/a.jpg`, alt: "A hand-woven scarf" }];
      const delivery = await mastodonConnector.publish(freshCtx(), content([unique("with a picture")], media), key());
      const status = fake.statuses.find((s) => s.id === delivery.externalId)!;
      expect(status.mediaIds).toHaveLength(1);
      expect(fake.media.get(status.mediaIds[0]!)).toMatchObject({ description: "A hand-woven scarf", bytes: "JPEG-BYTES-FOR-TEST".length, pollsLeft: 0 });
      expect(fake.server.requests.filter((r) => r.path === `/api/v1/media/${status.mediaIds[0]}`)).toHaveLength(2);
    } finally {
      fake.settings.processingPolls = 0;
    }
  });

  it("maps a revoked token to auth", async () => {
    const ctx = freshCtx();
    fake.revoke(ctx.channel.credentials.accessToken!);
    const error = await failure(mastodonConnector.publish(ctx, content([unique("revoked")]), key()));
    expect(error.kind).toBe("auth");
    expect(error.message).toMatch(/reconnect/);
  });

  it("maps 429 to rate_limited with the wait until X-RateLimit-Reset", async () => {
    fake.server.failNext({ method: "POST", path: /^\/api\/v1\/statuses$/ }, mastodonRateLimited(new Date(Date.now() + 300_000)));
    const error = await failure(mastodonConnector.publish(freshCtx(), content([unique("limited")]), key()));
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBeGreaterThan(290_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(300_000);
  });

  it("maps 422 to rejected with the instance's reason, and 5xx to transient", async () => {
    fake.server.failNext({ method: "POST", path: /^\/api\/v1\/statuses$/ }, { status: 422, json: { error: "Validation failed: Text character limit of 500 exceeded" } });
    const rejected = await failure(mastodonConnector.publish(freshCtx(), content([unique("refused")]), key()));
    expect(rejected.kind).toBe("rejected");
    expect(rejected.message).toBe("Mastodon refused the post: Validation failed: Text character limit of 500 exceeded");
    fake.server.failNext({ method: "POST", path: /^\/api\/v1\/statuses$/ }, { status: 502, text: "Bad Gateway" });
    expect((await failure(mastodonConnector.publish(freshCtx(), content([unique("down")]), key()))).kind).toBe("transient");
  });

  it("findExisting finds a status from an earlier call through its rendered HTML, and null otherwise", async () => {
    const ctx = freshCtx();
    const since = new Date();
    const parts = [unique("Tips & tricks for <looms>: https://example.com/a/very/long/path/that/gets/cut and @ada@weavers.social #weaving\n\nSecond paragraph\nnew line"), "reply part"];
    const delivery = await mastodonConnector.publish(ctx, content(parts), key());
    expect(await mastodonConnector.findExisting(ctx, content(parts), "other-key", since)).toEqual(delivery);
    expect(await mastodonConnector.findExisting(ctx, content([unique("never posted")]), key(), since)).toBeNull();
    expect(await mastodonConnector.findExisting(ctx, content(parts), key(), new Date(Date.now() + 3_600_000))).toBeNull();
  });

  it("fetches favourites, boosts and replies", async () => {
    const ctx = freshCtx();
    const delivery = await mastodonConnector.publish(ctx, content([unique("measured")]), key());
    Object.assign(fake.statuses.find((s) => s.id === delivery.externalId)!, { favourites: 12, reblogs: 4, replies: 3 });
    expect(await mastodonConnector.fetchMetrics(ctx, delivery)).toEqual({ likes: 12, shares: 4, comments: 3 });
  });

  it("registers an app on the instance, then connects with PKCE: authorize URL, code exchange, profile", async () => {
    const redirectUri = "https://app.test/api/channels/callback/mastodon";
    const app = await registerMastodonApp({ http: fetch, instanceUrl: `${fake.instanceUrl}/@someone`, redirectUri });
    expect(fake.apps.get(app.clientId)).toMatchObject({ secret: app.clientSecret, redirectUri, scopes: "read write:statuses write:media" });

    const oauth = mastodonConnector.oauth!;
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const url = new URL(oauth.authorizeUrl({ clientId: app.clientId, redirectUri, state: "st", codeChallenge: challenge, serviceUrl: fake.instanceUrl, endpoints: fake.endpoints }));
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.instanceUrl}/oauth/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ response_type: "code", client_id: app.clientId, redirect_uri: redirectUri, scope: "read write:statuses write:media", state: "st", code_challenge: challenge, code_challenge_method: "S256" });

    const input = { redirectUri, ...app, serviceUrl: fake.instanceUrl, http: fetch, endpoints: fake.endpoints };
    const refused = await failure(oauth.exchange({ ...input, code: fake.issueCode(app.clientId, challenge, redirectUri), codeVerifier: "wrong" }));
    expect(refused.kind).toBe("auth");
    const tokens = await oauth.exchange({ ...input, code: fake.issueCode(app.clientId, challenge, redirectUri), codeVerifier: verifier });
    expect(tokens.expiresAt).toBeUndefined();
    const { profile } = await oauth.profile({ tokens, serviceUrl: fake.instanceUrl, http: fetch, endpoints: fake.endpoints });
    expect(profile).toEqual({ externalAccountId: fake.account.id, name: "Loom Test", handle: `@loom@${new URL(fake.instanceUrl).host}`, avatarUrl: fake.account.avatar });
  });
});
