import "server-only";

/**
 * Retries with exponential backoff and full jitter: before retry n (n = 0 for the first retry)
 * wait a uniform random time in [0, min(maxDelayMs, baseDelayMs · 2^n)). Full jitter spreads
 * retries from many callers so they do not hit a recovering provider in lockstep. A server's
 * Retry-After is honoured when it is within maxDelayMs; a longer one ends the retries (better to
 * fall back than to wait). Sleep and randomness are injectable, so tests never wait.
 */
export type RetryPolicy = { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 400, maxDelayMs: 8_000 };

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/** The ceiling of the jitter window before retry `retry` (0-based). */
export function backoffCeiling(retry: number, policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry));
}

/** Full-jitter delay before retry `retry` (0-based); `random` returns [0, 1). */
export function backoffDelay(retry: number, policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">, random: () => number = Math.random): number {
  const r = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
  return Math.floor(r * backoffCeiling(retry, policy));
}

/**
 * What to do after a failed attempt: "backoff" (retry after a jittered wait), "now" (retry at
 * once, e.g. a malformed answer), or "stop". `retryAfterMs` is a server-requested minimum wait.
 */
export type RetryVerdict = { action: "backoff"; retryAfterMs?: number } | { action: "now" } | { action: "stop" };

export type RetryOptions = {
  policy?: RetryPolicy;
  decide: (error: unknown, attempt: number) => RetryVerdict;
  sleep?: Sleep;
  random?: () => number;
  signal?: AbortSignal;
  onRetry?: (info: { error: unknown; attempt: number; delayMs: number }) => void;
};

/** Runs `fn(attempt)` (attempt is 1-based) until it succeeds, `decide` says stop, or attempts run out. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const policy = options.policy ?? defaultRetryPolicy;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  let backoffs = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= policy.maxAttempts || options.signal?.aborted) throw error;
      const verdict = options.decide(error, attempt);
      if (verdict.action === "stop") throw error;
      let delayMs = 0;
      if (verdict.action === "backoff") {
        if (verdict.retryAfterMs !== undefined && verdict.retryAfterMs > policy.maxDelayMs) throw error;
        delayMs = Math.max(backoffDelay(backoffs, policy, random), verdict.retryAfterMs ?? 0);
        backoffs += 1;
      }
      options.onRetry?.({ error, attempt, delayMs });
      if (delayMs > 0) await sleep(delayMs, options.signal);
    }
  }
}
