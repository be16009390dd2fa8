/**
 * A webhook receiver that follows the contract we document: checks X-Loomcast-Signature over the
 * raw body (401 if wrong), ignores a repeated Idempotency-Key (answers the first delivery's id
 * again), and answers `{ id, url }`. Faults (410, 429, 500…) are scripted with `server.failNext`.
 */
import { verifyWebhookSignature } from "@/server/publish/connectors/webhook/signature";
import { startFakeServer } from "./fake-server";

export type WebhookDelivery = { id: string; idempotencyKey: string; event: string; payload: unknown };

export async function startWebhookFake(options: { secret?: string } = {}) {
  const server = await startFakeServer();
  const state = { secret: options.secret ?? "" };
  const deliveries: WebhookDelivery[] = [];
  server.route("POST", "/hooks/loomcast", (req) => {
    if (!verifyWebhookSignature(state.secret, String(req.headers["x-loomcast-signature"] ?? ""), req.body)) return { status: 401, json: { error: "bad signature" } };
    const key = String(req.headers["idempotency-key"] ?? "");
    if (!key) return { status: 400, json: { error: "Idempotency-Key required" } };
    const earlier = deliveries.find((d) => d.idempotencyKey === key);
    const delivery = earlier ?? { id: `dlv_${deliveries.length + 1}`, idempotencyKey: key, event: String(req.headers["x-loomcast-event"] ?? ""), payload: req.json };
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
