import "server-only";

/** The model router's request and result shapes. */
import type { z } from "zod";
import type { OfflineTask } from "../offline/offline-writer";
import type { ProviderConfig } from "../providers/provider-config";

/** One step of a fallback chain: which endpoint, which model. */
export type ChainLink = {
  provider: ProviderConfig;
  modelId: string;
  /** HTTP for this link (a workspace's provider, at a member-given URL, uses the pinned outbound client). */
  fetch?: typeof globalThis.fetch;
};

export type CallRequest = {
  system?: string;
  prompt: string;
  maxOutputTokens?: number;
  temperature?: number;
  /** Limit for each attempt (not the whole chain); a timeout is a transient failure. */
  timeoutMs?: number;
  /** Cancels the whole route: no retry, no fallback; the abort reason is thrown. */
  abortSignal?: AbortSignal;
  /** The stage the offline writer composes when the link in use is the offline provider. */
  offlineTask?: OfflineTask;
};

export type ObjectRequest<T> = CallRequest & { schema: z.ZodType<T>; schemaName?: string; schemaDescription?: string };

export type AttemptOutcome = "success" | "transient_error" | "permanent_error" | "malformed_output" | "circuit_open";

export type AttemptRecord = {
  provider: string;
  model: string;
  outcome: AttemptOutcome;
  error?: string;
  statusCode?: number;
  durationMs: number;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
};

/**
 * What a routed call returns. Tokens and cost are totals over every attempt that consumed tokens
 * (a malformed answer is paid for too); `attempts` has the breakdown. `costKnown` is false when
 * any model used is missing from the cost table.
 */
export type RoutedText = {
  text: string;
  provider: string;
  model: string;
  offline: boolean;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  costKnown: boolean;
  durationMs: number;
  attempts: AttemptRecord[];
};

export type RoutedObject<T> = RoutedText & { object: T };

export type StreamHandlers = {
  /** Each piece of text as it arrives, with the link that produced it. */
  onDelta?: (delta: string, source: { provider: string; model: string }) => void;
  /** A new attempt starts after an earlier one had already streamed text: discard that text. */
  onRestart?: (info: { provider: string; model: string; reason: string }) => void;
};
