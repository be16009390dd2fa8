import { pendingConnector } from "../pending";

/** Replaced by the real Webhook connector. */
export const webhookConnector = pendingConnector("webhook", "Webhook");
