import "server-only";

/**
 * Runs a call on one link of the chain: asks the provider's circuit breaker first, retries
 * transient errors with backoff, retries a malformed answer once at once, and gives up on
 * permanent errors. Every attempt is recorded. Returns the call, or undefined when the link is
 * exhausted (the router then tries the next link). A cancelled call rethrows the abort reason.
 */
import { logger } from "../../log/logger";
import { costOf } from "../providers/cost-table";
import { createLanguageModel, type LanguageModelV4 } from "../providers/create-language-model";
import { providerKey, providerLabel } from "../providers/provider-config";
import type { ModelCall } from "./call-model";
import { tokensOfFailure } from "./call-model";
import type { CircuitBreaker } from "./circuit-breaker";
import { classifyError, type ClassifiedError } from "./classify-error";
import { withRetry, type RetryPolicy, type Sleep } from "./retry";
import type { AttemptOutcome, AttemptRecord, CallRequest, ChainLink } from "./types";

export type LinkDeps = {
  breaker: CircuitBreaker;
  retryPolicy: RetryPolicy;
  maxMalformedRetries: number;
  sleep: Sleep;
  random: () => number;
  now: () => number;
  fetch?: typeof globalThis.fetch;
};

export type RouteLog = { attempts: AttemptRecord[]; causes: unknown[] };
export type Execute<T> = (model: LanguageModelV4, source: { provider: string; model: string }, log: RouteLog) => Promise<ModelCall<T>>;

class CircuitOpen extends Error {
  override readonly name = "CircuitOpen";
}
class AttemptFailed extends Error {
  constructor(readonly classified: ClassifiedError, readonly original: unknown) {
    super(classified.reason);
  }
}
class Aborted extends Error {
  constructor(readonly reason: unknown) {
    super("aborted");
  }
}

const outcomes: Record<ClassifiedError["kind"], AttemptOutcome> = {
  transient: "transient_error",
  permanent: "permanent_error",
  malformed: "malformed_output",
  aborted: "permanent_error",
};

export async function runLink<T>(link: ChainLink, request: CallRequest, deps: LinkDeps, execute: Execute<T>, log: RouteLog): Promise<ModelCall<T> | undefined> {
  const source = { provider: providerLabel(link.provider), model: link.modelId };
  const key = providerKey(link.provider);
  const guarded = link.provider.type !== "offline";
  const record = (outcome: AttemptOutcome, startedAt: number, extra: Partial<AttemptRecord> = {}) => {
    const tokensIn = extra.tokensIn ?? 0;
    const tokensOut = extra.tokensOut ?? 0;
    const costUsd = costOf(link.modelId, { inputTokens: tokensIn, outputTokens: tokensOut }).usd;
    log.attempts.push({ ...source, outcome, durationMs: Math.max(0, deps.now() - startedAt), ...extra, tokensIn, tokensOut, costUsd });
  };
  let malformed = 0;

  const attempt = async (): Promise<ModelCall<T>> => {
    if (guarded) {
      const permit = await deps.breaker.acquire(key);
      if (!permit.allowed) {
        const error = `Circuit open after repeated failures; next trial in ${Math.ceil(permit.retryInMs / 1000)} s.`;
        record("circuit_open", deps.now(), { error });
        log.causes.push(new CircuitOpen(error));
        throw new CircuitOpen(error);
      }
    }
    const startedAt = deps.now();
    try {
      const model = createLanguageModel(link.provider, link.modelId, { fetch: deps.fetch ?? link.fetch, offlineTask: request.offlineTask });
      const call = await execute(model, source, log);
      if (guarded) await deps.breaker.recordSuccess(key);
      record("success", startedAt, { tokensIn: call.tokensIn, tokensOut: call.tokensOut });
      return call;
    } catch (error) {
      const classified = classifyError(error, request.abortSignal);
      if (classified.kind === "aborted") {
        if (guarded) await deps.breaker.release(key);
        throw new Aborted(request.abortSignal?.reason ?? error);
      }
      // The circuit tracks reachability: only transient failures count against the provider.
      if (guarded) await (classified.kind === "transient" ? deps.breaker.recordFailure(key) : deps.breaker.recordSuccess(key));
      record(outcomes[classified.kind], startedAt, { error: classified.reason, statusCode: classified.statusCode, ...tokensOfFailure(error) });
      log.causes.push(error);
      logger.warn("ai call failed", { ...source, outcome: classified.kind, reason: classified.reason });
      throw new AttemptFailed(classified, error);
    }
  };

  try {
    return await withRetry(attempt, {
      policy: deps.retryPolicy,
      sleep: deps.sleep,
      random: deps.random,
      signal: request.abortSignal,
      decide: (error) => {
        if (!(error instanceof AttemptFailed)) return { action: "stop" };
        const { kind, retryAfterMs } = error.classified;
        if (kind === "transient") return { action: "backoff", retryAfterMs };
        if (kind === "malformed" && malformed++ < deps.maxMalformedRetries) return { action: "now" };
        return { action: "stop" };
      },
    });
  } catch (error) {
    if (error instanceof Aborted) throw error.reason;
    if (request.abortSignal?.aborted) throw request.abortSignal.reason;
    return undefined;
  }
}
