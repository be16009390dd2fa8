import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { webhookConnector } from "@/server/publish/connectors/webhook/connector";
import { Webhook } from "standardwebhooks";
import { signLegacyWebhookBody, verifyLegacyWebhookSignature } from "@/server/publish/connectors/webhook/legacy-signature";
import { newSigningSecret, standardSecret, standardWebhookHeaders, verifyStandardWebhook } from "@/server/publish/connectors/webhook/signature";
import type { ConnectorContext, PublishContent } from "@/server/publish/connectors/types";
import { startWebhookFake, type WebhookDelivery } from "../fakes/webhook-server";

let fake: Awaited<ReturnType<typeof startWebhookFake>>;
const secret = newSigningSecret();
beforeAll(async () => {
  fake = await startWebhookFake({ secret });
});
afterAll(() => fake.server.close());

const ctx = (url = fake.url, signingSecret = secret): ConnectorContext => ({
  http: fetch,
  endpoints: {},
  channel: { id: "ch-1", kind: "webhook", externalAccountId: url, handle: null, serviceUrl: url, credentials: { signingSecret } },
});
const content: PublishContent = { contentItemId: "item-9", title: "Launch day", body: "We launched.", parts: ["We launched."], link: "https://blog.test/launch", tags: ["launch"], media: [{ url: "https://cdn.test/a.png", alt: "A" }] };
const key = () => `job-${crypto.randomUUID()}`;
const rejection = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a ConnectorError"); }, (e: unknown) => e as ConnectorError);

describe("webhook connector", () => {
  it("POSTs JSON signed per Standard Webhooks (webhook-id = the idempotency key), verified by the stock library; the receiver's id and url come back", async () => {
    const k = key();
    const delivery = await webhookConnector.publish(ctx(), content, k);
    const sent = fake.server.requests.at(-1)!;
    expect(sent.headers["idempotency-key"]).toBe(k);
    expect(sent.headers["webhook-id"]).toBe(k);
    expect(sent.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+={0,2}$/);
    expect(sent.headers["x-loomcast-event"]).toBe("content.published");
    expect(new Webhook(secret).verify(sent.body, sent.headers as Record<string, string>)).toEqual(JSON.parse(sent.body));
    expect(() => new Webhook(newSigningSecret()).verify(sent.body, sent.headers as Record<string, string>)).toThrow();
    // The earlier scheme is still sent, for receivers built on it.
    expect(verifyLegacyWebhookSignature(secret, String(sent.headers["x-loomcast-signature"]), sent.body)).toBe(true);
    expect(sent.json).toEqual({ event: "content.published", idempotencyKey: k, content: { contentItemId: "item-9", title: "Launch day", body: "We launched.", parts: ["We launched."], link: "https://blog.test/launch", tags: ["launch"], media: [{ url: "https://cdn.test/a.png", alt: "A" }], seo: null } });
    const stored = fake.deliveries.find((d: WebhookDelivery) => d.webhookId === k)!;
    expect(delivery).toEqual({ externalId: stored.id, permalink: `https://receiver.example/posts/${stored.id}` });
  });

  it("a retry keeps webhook-id, so the receiver dedupes it (findExisting has nothing to ask: null)", async () => {
    const k = key();
    const first = await webhookConnector.publish(ctx(), content, k);
    const again = await webhookConnector.publish(ctx(), content, k);
    expect(again.externalId).toBe(first.externalId);
    const ids = fake.server.requests.filter((r) => r.headers["idempotency-key"] === k).map((r) => r.headers["webhook-id"]);
    expect(ids).toEqual([k, k]);
    expect(fake.deliveries.filter((d) => d.webhookId === k)).toHaveLength(1);
    await expect(webhookConnector.findExisting(ctx(), content, k, new Date())).resolves.toBeNull();
  });

  it("a 2xx without a body → the idempotency key is the external id", async () => {
    const k = key();
    await expect(webhookConnector.publish(ctx(fake.bareUrl), content, k)).resolves.toEqual({ externalId: k, permalink: null });
  });

  it("maps 410 → auth, 429 → rate_limited, 5xx → transient, other 4xx (and a wrong secret) → rejected", async () => {
    fake.server.failNext({ path: /loomcast$/ }, { status: 410, text: "gone" });
    const gone = await rejection(webhookConnector.publish(ctx(), content, key()));
    expect(gone.kind).toBe("auth");
    expect(gone.message).toContain("disabled this webhook");
    fake.server.failNext({ path: /loomcast$/ }, { status: 429, headers: { "retry-after": "30" }, text: "slow down" });
    const limited = await rejection(webhookConnector.publish(ctx(), content, key()));
    expect([limited.kind, limited.retryAfterMs]).toEqual(["rate_limited", 30_000]);
    fake.server.failNext({ path: /loomcast$/ }, { status: 503, text: "down" });
    expect((await rejection(webhookConnector.publish(ctx(), content, key()))).kind).toBe("transient");
    fake.server.failNext({ path: /loomcast$/ }, { status: 422, json: { error: "unsupported" } });
    expect((await rejection(webhookConnector.publish(ctx(), content, key()))).kind).toBe("rejected");
    expect((await rejection(webhookConnector.publish(ctx(fake.url, newSigningSecret()), content, key()))).kind).toBe("rejected");
  });

  it("no answer to the POST → unknown (it may have been delivered)", async () => {
    const closed = await startWebhookFake({ secret });
    const url = closed.url;
    await closed.server.close();
    expect((await rejection(webhookConnector.publish(ctx(url), content, key()))).kind).toBe("unknown");
  });
});

describe("existing channels' secrets (issued as base64url before Standard Webhooks)", () => {
  // The format newSigningSecret used to return: whsec_ + 32 random bytes, base64url without padding.
  // Its first bytes (fb ff bf) encode as "-_-_", characters only base64url has, so it is never also valid standard base64.
  const legacySecret = `whsec_${Buffer.from([0xfb, 0xff, 0xbf, ...crypto.getRandomValues(new Uint8Array(29))]).toString("base64url")}`;

  it("keep working for receivers built on the earlier scheme, unchanged", async () => {
    const old = await startWebhookFake({ secret: legacySecret, scheme: "legacy" });
    try {
      const k = key();
      await webhookConnector.publish(ctx(old.url, legacySecret), content, k);
      expect(old.deliveries.map((d) => d.webhookId)).toEqual([k]);
    } finally {
      await old.server.close();
    }
  });

  it("verify with a stock library once written in standard base64 (standardSecret: same bytes)", async () => {
    const stock = await startWebhookFake({ secret: standardSecret(legacySecret) });
    try {
      const k = key();
      await webhookConnector.publish(ctx(stock.url, legacySecret), content, k);
      expect(stock.deliveries.map((d) => d.webhookId)).toEqual([k]);
      // As given, a base64url secret is not one the stock library can decode.
      expect(() => new Webhook(legacySecret)).toThrow();
    } finally {
      await stock.server.close();
    }
    expect(standardSecret(newSigningSecret())).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  });
});

describe("signatures", () => {
  const body = JSON.stringify({ a: 1 });
  it("standard: the stock library accepts ours; ours refuses a tampered body, another secret, a stale timestamp or garbage", () => {
    const headers = standardWebhookHeaders(secret, "msg_1", body);
    expect(new Webhook(secret).verify(body, headers)).toEqual({ a: 1 });
    expect(verifyStandardWebhook(secret, headers, body)).toBe(true);
    expect(verifyStandardWebhook(secret, headers, body + " ")).toBe(false);
    expect(verifyStandardWebhook(newSigningSecret(), headers, body)).toBe(false);
    const stale = standardWebhookHeaders(secret, "msg_1", body, Math.floor(Date.now() / 1000) - 301);
    expect(verifyStandardWebhook(secret, stale, body)).toBe(false);
    expect(() => new Webhook(secret).verify(body, stale)).toThrow(/too old/);
    expect(verifyStandardWebhook(secret, { ...headers, "webhook-signature": "v1,zz" }, body)).toBe(false);
    expect(verifyStandardWebhook(secret, {}, body)).toBe(false);
  });

  it("legacy: accepts a fresh signature and refuses a tampered body, another secret, a stale timestamp or garbage", () => {
    const header = signLegacyWebhookBody(secret, body);
    expect(verifyLegacyWebhookSignature(secret, header, body)).toBe(true);
    expect(verifyLegacyWebhookSignature(secret, header, body + " ")).toBe(false);
    expect(verifyLegacyWebhookSignature(newSigningSecret(), header, body)).toBe(false);
    const old = signLegacyWebhookBody(secret, body, Math.floor(Date.now() / 1000) - 301);
    expect(verifyLegacyWebhookSignature(secret, old, body)).toBe(false);
    expect(verifyLegacyWebhookSignature(secret, old, body, 600)).toBe(true);
    expect(verifyLegacyWebhookSignature(secret, "t=abc,v1=zz", body)).toBe(false);
    expect(verifyLegacyWebhookSignature(secret, null, body)).toBe(false);
  });
});
