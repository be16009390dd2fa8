import "server-only";

/**
 * The time a Stripe-Signature header was signed (`t=<unix seconds>`). The SDK's constructEvent
 * refuses only signatures older than the tolerance; one dated further ahead than the tolerance is
 * just as suspicious (a pre-signed replay), so the webhook refuses it too.
 */

/** The `t=` of a Stripe-Signature header, or null when missing or not a whole number. */
export function signedAt(header: string | null): number | null {
  const t = (header ?? "")
    .split(",")
    .map((part) => part.trim().split("="))
    .find(([key]) => key === "t")?.[1];
  return t && /^\d{1,12}$/.test(t) ? Number(t) : null;
}

/** Seconds the signature lies ahead of `now` beyond the tolerance (0 when it is within it). */
export function secondsAheadBeyond(header: string | null, toleranceSeconds: number, now = Date.now()): number {
  const at = signedAt(header);
  if (at === null) return 0;
  return Math.max(0, at - Math.floor(now / 1000) - toleranceSeconds);
}
