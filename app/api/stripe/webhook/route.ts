import { handleStripeWebhook } from "@/server/billing/webhooks/handle-webhook";
import { pgDataError } from "@/server/errors/pg-data-error";
import { withApiErrors } from "@/server/http/with-api-errors";
import { logger } from "@/server/log/logger";

export const dynamic = "force-dynamic";

/** Stripe webhooks: the raw body is verified against the Stripe-Signature header (server/billing/webhooks). */
export const POST = withApiErrors("stripe webhook", async (request: Request): Promise<Response> => {
  const body = await request.text();
  try {
    const outcome = await handleStripeWebhook(body, request.headers.get("stripe-signature"));
    return Response.json({ received: outcome.status === 200, result: outcome.result }, { status: outcome.status });
  } catch (error) {
    // A value PostgreSQL refuses is a 400 (withApiErrors); anything else is ours, and Stripe retries.
    if (pgDataError(error)) throw error;
    logger.error("stripe webhook failed", { error });
    return Response.json({ received: false, error: "Processing failed; Stripe will retry." }, { status: 500 });
  }
});
