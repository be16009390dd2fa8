import "server-only";

/**
 * The model router: runs a call on the first healthy link of a fallback chain. Per link it
 * retries transient errors with backoff, skips a provider whose circuit is open, retries a
 * malformed answer once, and falls to the next link on permanent or exhausted errors. When the
 * chain is exhausted it throws AllProvidersFailed with every attempt and cause.
 *
 * The offline writer is a link like any other ({ provider: { type: "offline" } }), so the
 * pipeline has one code path with or without configured providers (see chainOrOffline).
 */
import { priceOf } from "../providers/cost-table";
import { offlineModelId, providerLabel } from "../providers/provider-config";
import { AllProvidersFailed } from "./all-providers-failed";
import { callModel, streamModel, type ModelCall, type SchemaSpec } from "./call-model";
import { createCircuitBreaker, type CircuitBreaker } from "./circuit-breaker";
import { defaultRetryPolicy, realSleep, type RetryPolicy, type Sleep } from "./retry";
import { runLink, type Execute, type LinkDeps, type RouteLog } from "./run-link";
import type { CallRequest, ChainLink, ObjectRequest, RoutedObject, RoutedText, StreamHandlers } from "./types";

export type RouterOptions = {
  /** Shared by every call of this router; defaults to an in-memory breaker (per process). */
  breaker?: CircuitBreaker;
  retryPolicy?: RetryPolicy;
  /** How often a malformed answer is retried on the same link before falling back (default 1). */
  maxMalformedRetries?: number;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  fetch?: typeof globalThis.fetch;
};

export type ModelRouter = {
  text(chain: readonly ChainLink[], request: CallRequest): Promise<RoutedText>;
  object<T>(chain: readonly ChainLink[], request: ObjectRequest<T>): Promise<RoutedObject<T>>;
  streamText(chain: readonly ChainLink[], request: CallRequest, handlers: StreamHandlers): Promise<RoutedText>;
  streamObject<T>(chain: readonly ChainLink[], request: ObjectRequest<T>, handlers: StreamHandlers): Promise<RoutedObject<T>>;
};

export const offlineLink: ChainLink = { provider: { type: "offline" }, modelId: offlineModelId };

/** The configured chain, or the offline writer alone when nothing is configured. */
export function chainOrOffline(chain: readonly ChainLink[]): ChainLink[] {
  return chain.length > 0 ? [...chain] : [offlineLink];
}

const specOf = <T>(r: ObjectRequest<T>): SchemaSpec<T> => ({ schema: r.schema, name: r.schemaName, description: r.schemaDescription });

export function createModelRouter(options: RouterOptions = {}): ModelRouter {
  const deps: LinkDeps = {
    breaker: options.breaker ?? createCircuitBreaker({ now: options.now }),
    retryPolicy: options.retryPolicy ?? defaultRetryPolicy,
    maxMalformedRetries: options.maxMalformedRetries ?? 1,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    fetch: options.fetch,
  };

  async function route<T>(chain: readonly ChainLink[], request: CallRequest, execute: Execute<T>): Promise<RoutedText & { object: T | undefined }> {
    const startedAt = deps.now();
    const log: RouteLog = { attempts: [], causes: [] };
    for (const link of chain) {
      const call: ModelCall<T> | undefined = await runLink(link, request, deps, execute, log);
      if (!call) continue;
      const paid = log.attempts.filter((a) => a.tokensIn + a.tokensOut > 0);
      return {
        text: call.text,
        object: call.object,
        provider: providerLabel(link.provider),
        model: link.modelId,
        offline: link.provider.type === "offline",
        tokensIn: paid.reduce((n, a) => n + a.tokensIn, 0),
        tokensOut: paid.reduce((n, a) => n + a.tokensOut, 0),
        costUsd: Math.round(paid.reduce((n, a) => n + a.costUsd, 0) * 1e8) / 1e8,
        costKnown: paid.every((a) => priceOf(a.model) !== undefined),
        durationMs: Math.max(0, deps.now() - startedAt),
        attempts: log.attempts,
      };
    }
    throw new AllProvidersFailed(log.attempts, log.causes);
  }

  /** Streams deltas; if a later attempt starts after text was streamed, says so first. */
  function streaming<T>(request: CallRequest, handlers: StreamHandlers, spec?: SchemaSpec<T>): Execute<T> {
    let streamed: { provider: string; model: string } | undefined;
    return (model, source, log) => {
      if (streamed) {
        const reason = log.attempts.at(-1)?.error ?? "the previous attempt failed";
        handlers.onRestart?.({ ...source, reason: `${streamed.provider}/${streamed.model} failed mid-stream: ${reason}` });
      }
      streamed = undefined;
      return streamModel<T>(model, request, (delta) => {
        streamed = source;
        handlers.onDelta?.(delta, source);
      }, spec);
    };
  }

  const withObject = <T>(r: RoutedText & { object: T | undefined }): RoutedObject<T> => ({ ...r, object: r.object as T });
  const withoutObject = ({ object: _object, ...rest }: RoutedText & { object: unknown }): RoutedText => rest;

  return {
    text: async (chain, request) => withoutObject(await route<never>(chain, request, (model) => callModel<never>(model, request))),
    object: async (chain, request) => withObject(await route(chain, request, (model) => callModel(model, request, specOf(request)))),
    streamText: async (chain, request, handlers) => withoutObject(await route<never>(chain, request, streaming<never>(request, handlers))),
    streamObject: async (chain, request, handlers) => withObject(await route(chain, request, streaming(request, handlers, specOf(request)))),
  };
}

/** The process-wide router (its circuit breakers live in this process's memory). */
export const modelRouter: ModelRouter = createModelRouter();
