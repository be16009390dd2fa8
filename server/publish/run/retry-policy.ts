import "server-only";

/**
 * How long to wait before the next attempt: the platform's Retry-After for rate limits (capped at
 * 6 h); otherwise exponential backoff from 15 s (×2 per attempt, capped at 10 min) with jitter
 * (50–100 %) so many jobs failing together do not retry together. An unknown outcome is checked
 * again soon. `maxAttempts` bounds a job before it goes to the dead letter.
 */
import { env } from "@/env";

export const maxAttempts = 8;
const baseMs = () => env.PUBLISH_RETRY_BASE_SECONDS * 1000;
const capMs = 10 * 60_000;
const rateCapMs = 6 * 3600_000;

export function retryDelayMs(kind: string, attempt: number, retryAfterMs: number | null, random = Math.random): number {
  if (kind === "rate_limited") return Math.min(rateCapMs, Math.max(1000, retryAfterMs ?? 60_000)) + Math.floor(random() * 500);
  if (kind === "unknown") return Math.min(5000, baseMs()) + Math.floor(random() * Math.min(1000, baseMs()));
  const ceiling = Math.min(capMs, baseMs() * 2 ** Math.max(0, attempt - 1));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
