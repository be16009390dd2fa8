import { handleStripeWebhook } from "@/server/billing/webhooks/handle-webhook";
import { logger } from "@/server/log/logger";

export const dynamic = "force-dynamic";

/** Stripe webhooks: the raw body is verified against the Stripe-Signature header (server/billing/webhooks). */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text();
  try {
    const outcome = await handleStripeWebhook(body, request.headers.get("stripe-signature"));
    return Response.json({ received: outcome.status === 200, result: outcome.result }, { status: outcome.status });
  } catch (error) {
    logger.error("stripe webhook failed", { error });
    return Response.json({ received: false, error: "Processing failed; Stripe will retry." }, { status: 500 });
  }
}
