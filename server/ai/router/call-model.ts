import "server-only";

/**
 * One call to one model through the AI SDK — generateText, or streamText when a delta handler
 * is given — with structured output when a schema is given. The SDK's own retries are off (the
 * router retries). Invalid or off-schema output and empty answers throw; the router classifies.
 */
import { generateText, NoObjectGeneratedError, Output, streamText } from "ai";
import type { z } from "zod";
import type { LanguageModelV4 } from "../providers/create-language-model";
import { MalformedOutputError } from "./malformed-output";
import type { CallRequest } from "./types";

export type ModelCall<T> = { text: string; object: T | undefined; tokensIn: number; tokensOut: number };
export type SchemaSpec<T> = { schema: z.ZodType<T>; name?: string; description?: string };

type Usage = { inputTokens: number | undefined; outputTokens: number | undefined };
const tokens = (u: Usage | undefined) => ({ tokensIn: u?.inputTokens ?? 0, tokensOut: u?.outputTokens ?? 0 });

/** Tokens that a failed call still consumed (a malformed answer was generated and billed). */
export function tokensOfFailure(error: unknown): { tokensIn: number; tokensOut: number } {
  if (NoObjectGeneratedError.isInstance(error)) return tokens(error.usage);
  if (error instanceof MalformedOutputError && error.cause && NoObjectGeneratedError.isInstance(error.cause)) return tokens(error.cause.usage);
  return { tokensIn: 0, tokensOut: 0 };
}

function settings(model: LanguageModelV4, request: CallRequest) {
  return {
    model,
    system: request.system,
    prompt: request.prompt,
    maxOutputTokens: request.maxOutputTokens,
    temperature: request.temperature,
    abortSignal: request.abortSignal,
    timeout: request.timeoutMs,
    maxRetries: 0,
  };
}

function requireText(text: string): string {
  if (text.trim().length === 0) throw new MalformedOutputError("the model returned no text", text);
  return text;
}

export async function callModel<T>(model: LanguageModelV4, request: CallRequest, spec?: SchemaSpec<T>): Promise<ModelCall<T>> {
  if (!spec) {
    const result = await generateText(settings(model, request));
    return { text: requireText(result.text), object: undefined, ...tokens(result.totalUsage) };
  }
  const output = Output.object({ schema: spec.schema, name: spec.name, description: spec.description });
  const result = await generateText({ ...settings(model, request), output });
  return { text: result.text, object: result.output as T, ...tokens(result.totalUsage) };
}

export async function streamModel<T>(
  model: LanguageModelV4,
  request: CallRequest,
  onDelta: (delta: string) => void,
  spec?: SchemaSpec<T>,
): Promise<ModelCall<T>> {
  const output = spec ? Output.object({ schema: spec.schema, name: spec.name, description: spec.description }) : undefined;
  const result = output
    ? streamText({ ...settings(model, request), output, onError: () => {} })
    : streamText({ ...settings(model, request), onError: () => {} });
  for await (const part of result.fullStream) {
    if (part.type === "text-delta") onDelta(part.text);
    else if (part.type === "error") throw part.error;
    else if (part.type === "abort") throw request.abortSignal?.reason ?? new DOMException("The call was aborted.", "AbortError");
  }
  const text = await result.text;
  const usage = await result.totalUsage;
  if (!spec) return { text: requireText(text), object: undefined, ...tokens(usage) };
  return { text, object: (await result.output) as T, ...tokens(usage) };
}
