import "server-only";

/**
 * A circuit breaker per provider endpoint (see providerKey). Closed: calls go through and
 * consecutive transient failures are counted; at `failureThreshold` it opens. Open: calls fail
 * fast until `coolDownMs` has passed; then it half-opens and lets exactly one trial call through.
 * The trial's success closes it, its failure reopens it for another cool-down. A trial that never
 * reports back (the process died) is given up after `trialTimeoutMs` and another is allowed.
 *
 * State lives in a BreakerStore. `memoryBreakerStore` keeps it in this process only: each web or
 * worker process learns a provider's health on its own. A shared store (a Postgres row per key,
 * updated with SELECT … FOR UPDATE) can implement the same `update` contract later.
 */
export type CircuitStatus = "closed" | "open" | "half-open";
export type CircuitState = { status: CircuitStatus; failures: number; openedAt?: number; trialStartedAt?: number };

export interface BreakerStore {
  read(key: string): Promise<CircuitState>;
  /** Atomically applies `change` to the key's state and returns its result. */
  update<T>(key: string, change: (state: CircuitState) => { state: CircuitState; result: T }): Promise<T>;
}

const closed: CircuitState = { status: "closed", failures: 0 };

export function memoryBreakerStore(): BreakerStore {
  const states = new Map<string, CircuitState>();
  return {
    async read(key) {
      return states.get(key) ?? closed;
    },
    async update(key, change) {
      const { state, result } = change(states.get(key) ?? closed);
      states.set(key, state);
      return result;
    },
  };
}

export type BreakerOptions = {
  failureThreshold?: number;
  coolDownMs?: number;
  trialTimeoutMs?: number;
  now?: () => number;
  store?: BreakerStore;
};

export type Permit = { allowed: true; trial: boolean } | { allowed: false; retryInMs: number };

export type CircuitBreaker = {
  /** Asks to make a call to `key`; when allowed in half-open state it is the trial call. */
  acquire(key: string): Promise<Permit>;
  /** The provider answered (even with an error that is the caller's fault, like a bad key). */
  recordSuccess(key: string): Promise<void>;
  /** The provider was unreachable, timed out, overloaded or failed (a transient error). */
  recordFailure(key: string): Promise<void>;
  /** The call ended without telling anything about the provider (cancelled): frees a trial slot. */
  release(key: string): Promise<void>;
  state(key: string): Promise<CircuitState>;
};

export const defaultBreakerOptions = { failureThreshold: 5, coolDownMs: 30_000, trialTimeoutMs: 120_000 };

export function createCircuitBreaker(options: BreakerOptions = {}): CircuitBreaker {
  const { failureThreshold, coolDownMs, trialTimeoutMs } = { ...defaultBreakerOptions, ...options };
  const now = options.now ?? Date.now;
  const store = options.store ?? memoryBreakerStore();

  const acquire = (key: string) =>
    store.update<Permit>(key, (s) => {
      const t = now();
      if (s.status === "closed") return { state: s, result: { allowed: true, trial: false } };
      if (s.status === "open") {
        const waited = t - (s.openedAt ?? t);
        if (waited < coolDownMs) return { state: s, result: { allowed: false, retryInMs: coolDownMs - waited } };
        return { state: { ...s, status: "half-open", trialStartedAt: t }, result: { allowed: true, trial: true } };
      }
      if (s.trialStartedAt !== undefined && t - s.trialStartedAt < trialTimeoutMs) {
        return { state: s, result: { allowed: false, retryInMs: trialTimeoutMs - (t - s.trialStartedAt) } };
      }
      return { state: { ...s, trialStartedAt: t }, result: { allowed: true, trial: true } };
    });

  return {
    acquire,
    recordSuccess: (key) => store.update(key, () => ({ state: closed, result: undefined })),
    recordFailure: (key) =>
      store.update(key, (s) => {
        const t = now();
        if (s.status === "half-open") return { state: { status: "open", failures: s.failures + 1, openedAt: t }, result: undefined };
        if (s.status === "open") return { state: { ...s, failures: s.failures + 1 }, result: undefined };
        const failures = s.failures + 1;
        const state: CircuitState = failures >= failureThreshold ? { status: "open", failures, openedAt: t } : { status: "closed", failures };
        return { state, result: undefined };
      }),
    release: (key) =>
      store.update(key, (s) => ({ state: s.status === "half-open" ? { ...s, trialStartedAt: undefined } : s, result: undefined })),
    state: (key) => store.read(key),
  };
}
