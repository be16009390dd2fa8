import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { webhookConnector } from "@/server/publish/connectors/webhook/connector";
import { newSigningSecret, signWebhookBody, verifyWebhookSignature } from "@/server/publish/connectors/webhook/signature";
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
  it("POSTs the signed JSON with Idempotency-Key and event headers; the receiver's id and url come back", async () => {
    const k = key();
    const delivery = await webhookConnector.publish(ctx(), content, k);
    const sent = fake.server.requests.at(-1)!;
    expect(sent.headers["idempotency-key"]).toBe(k);
    expect(sent.headers["x-loomcast-event"]).toBe("content.published");
    expect(verifyWebhookSignature(secret, String(sent.headers["x-loomcast-signature"]), sent.body)).toBe(true);
    expect(sent.json).toEqual({ event: "content.published", idempotencyKey: k, content: { contentItemId: "item-9", title: "Launch day", body: "We launched.", parts: ["We launched."], link: "https://blog.test/launch", tags: ["launch"], media: [{ url: "https://cdn.test/a.png", alt: "A" }], seo: null } });
    const stored = fake.deliveries.find((d: WebhookDelivery) => d.idempotencyKey === k)!;
    expect(delivery).toEqual({ externalId: stored.id, permalink: `https://receiver.example/posts/${stored.id}` });
  });

  it("a repeat with the same key is deduplicated by the receiver (findExisting has nothing to ask: null)", async () => {
    const k = key();
    const first = await webhookConnector.publish(ctx(), content, k);
    const again = await webhookConnector.publish(ctx(), content, k);
    expect(again.externalId).toBe(first.externalId);
    expect(fake.deliveries.filter((d) => d.idempotencyKey === k)).toHaveLength(1);
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

describe("verifyWebhookSignature", () => {
  const body = JSON.stringify({ a: 1 });
  it("accepts a fresh signature and refuses a tampered body, another secret, a stale timestamp or garbage", () => {
    const header = signWebhookBody(secret, body);
    expect(verifyWebhookSignature(secret, header, body)).toBe(true);
    expect(verifyWebhookSignature(secret, header, body + " ")).toBe(false);
    expect(verifyWebhookSignature(newSigningSecret(), header, body)).toBe(false);
    const old = signWebhookBody(secret, body, Math.floor(Date.now() / 1000) - 301);
    expect(verifyWebhookSignature(secret, old, body)).toBe(false);
    expect(verifyWebhookSignature(secret, old, body, 600)).toBe(true);
    expect(verifyWebhookSignature(secret, "t=abc,v1=zz", body)).toBe(false);
    expect(verifyWebhookSignature(secret, null, body)).toBe(false);
  });
});
