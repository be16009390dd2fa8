/**
 * A webhook receiver built the way our docs tell people to build one: it verifies each request with
 * the stock Standard Webhooks library (`standardwebhooks`, 401 if wrong), dedupes on `webhook-id`
 * (a repeat answers the first delivery's id again), and answers `{ id, url }`. With
 * `scheme: "legacy"` it is a receiver built before, checking X-Loomcast-Signature with the secret as
 * text. Faults (410, 429, 500…) are scripted with `server.failNext`.
 */
import { Webhook } from "standardwebhooks";
import { verifyLegacyWebhookSignature } from "@/server/publish/connectors/webhook/legacy-signature";
import { startFakeServer, type LoggedRequest } from "./fake-server";

export type WebhookDelivery = { id: string; webhookId: string; idempotencyKey: string; event: string; payload: unknown };

function verified(req: LoggedRequest, secret: string, scheme: "standard" | "legacy"): boolean {
  if (scheme === "legacy") return verifyLegacyWebhookSignature(secret, String(req.headers["x-loomcast-signature"] ?? ""), req.body);
  try {
    new Webhook(secret).verify(req.body, req.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

export async function startWebhookFake(options: { secret?: string; scheme?: "standard" | "legacy" } = {}) {
  const server = await startFakeServer();
  const state = { secret: options.secret ?? "", scheme: options.scheme ?? "standard" };
  const deliveries: WebhookDelivery[] = [];
  server.route("POST", "/hooks/loomcast", (req) => {
    if (!state.secret || !verified(req, state.secret, state.scheme)) return { status: 401, json: { error: "bad signature" } };
    const webhookId = String(req.headers["webhook-id"] ?? "");
    if (!webhookId) return { status: 400, json: { error: "webhook-id required" } };
    const earlier = deliveries.find((d) => d.webhookId === webhookId);
    const delivery = earlier ?? { id: `dlv_${deliveries.length + 1}`, webhookId, idempotencyKey: String(req.headers["idempotency-key"] ?? ""), event: String(req.headers["x-loomcast-event"] ?? ""), payload: req.json };
    if (!earlier) deliveries.push(delivery);
    return { status: earlier ? 200 : 201, json: { id: delivery.id, url: `https://receiver.example/posts/${delivery.id}` } };
  });
  server.route("POST", "/hooks/bare", () => ({ status: 204 }));
  return {
    server,
    url: `${server.url}/hooks/loomcast`,
    bareUrl: `${server.url}/hooks/bare`,
    deliveries,
    setSecret(secret: string) {
      state.secret = secret;
    },
  };
}
