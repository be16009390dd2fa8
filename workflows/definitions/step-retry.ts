import "server-only";

/**
 * The one step-retry policy: DBOS retries a failed step with exponential backoff (×2). Workflows
 * pick how many attempts and the first interval; everything else is shared.
 */
export type StepRetry = { retriesAllowed: true; intervalSeconds: number; maxAttempts: number; backoffRate: number };

export function stepRetry(maxAttempts: number, intervalSeconds = 1): StepRetry {
  return { retriesAllowed: true, intervalSeconds, maxAttempts, backoffRate: 2 };
}

/** Database steps (loads, status writes): a blip is retried five times from 1 s. */
export const databaseStepRetry = stepRetry(5);
