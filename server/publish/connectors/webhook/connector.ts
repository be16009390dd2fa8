import "server-only";

/**
 * Generic webhook channel: POSTs the published content as JSON to the member's URL, signed per
 * Standard Webhooks with the channel's secret (see signature.ts). `webhook-id` (and the
 * Idempotency-Key header) is the job's idempotency key, the same on every retry, so receivers
 * dedupe on it; findExisting cannot ask them and returns null: a repeat after an unknown outcome
 * is a second delivery with the same id, which a receiver following the spec ignores.
 */
import { assertPublicUrl } from "@/server/security/outbound-url";
import { ConnectorError } from "../errors";
import { requestJson } from "../http";
import type { Connector, ConnectorContext, Delivery, Problem, PublishContent } from "../types";
import { legacySignatureHeader, signLegacyWebhookBody } from "./legacy-signature";
import { eventHeader, standardWebhookHeaders } from "./signature";

export const webhookEvent = "content.published";

export function webhookPayload(content: PublishContent, idempotencyKey: string) {
  const { contentItemId, title, body, parts, link, tags, media, seo } = content;
  return { event: webhookEvent, idempotencyKey, content: { contentItemId, title, body, parts, link: link ?? null, tags, media, seo: seo ?? null } };
}

function validate(content: PublishContent): Problem[] {
  if (!content.body.trim() && content.parts.every((p) => !p.trim())) return [{ code: "empty", message: "There is nothing to send: the content is empty." }];
  return [];
}

async function publish(ctx: ConnectorContext, content: PublishContent, idempotencyKey: string): Promise<Delivery> {
  const { signingSecret } = ctx.channel.credentials;
  if (!ctx.channel.serviceUrl || !signingSecret) throw new ConnectorError("auth", "This webhook has no URL or signing secret; connect it again.");
  // The host may have re-pointed its DNS since the channel was connected.
  const url = await assertPublicUrl(ctx.channel.serviceUrl).catch((error: unknown) => {
    throw new ConnectorError("rejected", error instanceof Error ? error.message : "The webhook URL is not allowed.");
  });
  const raw = JSON.stringify(webhookPayload(content, idempotencyKey));
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await requestJson<unknown>(ctx, url.toString(), {
    method: "POST",
    body: raw,
    headers: {
      "content-type": "application/json",
      "Idempotency-Key": idempotencyKey,
      [eventHeader]: webhookEvent,
      ...standardWebhookHeaders(signingSecret, idempotencyKey, raw, timestamp),
      [legacySignatureHeader]: signLegacyWebhookBody(signingSecret, raw, timestamp),
      "user-agent": "Loomcast-Webhook/1",
    },
    label: "The webhook receiver",
    classify: (status) => {
      if (status === 410) return { kind: "auth", message: "the receiver disabled this webhook (410 Gone)", code: "gone" };
      if (status === 401 || status === 403) return { kind: "rejected", message: "the receiver refused the delivery (check its signing secret)" };
      return null;
    },
  });
  const answer = res.body && typeof res.body === "object" ? (res.body as Record<string, unknown>) : {};
  const externalId = typeof answer.id === "string" || typeof answer.id === "number" ? String(answer.id) : idempotencyKey;
  const permalink = typeof answer.url === "string" && /^https?:\/\//.test(answer.url) ? answer.url : null;
  return { externalId, permalink };
}

export const webhookConnector: Connector = {
  kind: "webhook",
  label: "Webhook",
  auth: "webhook",
  media: "image",
  threads: true,
  validate,
  publish,
  findExisting: () => Promise.resolve(null),
  fetchMetrics: () => Promise.resolve({}),
};
