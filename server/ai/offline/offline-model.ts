import "server-only";

/**
 * The offline writer as an AI SDK language model, so the router calls it exactly like a real
 * provider (generateText/streamText, structured output validated by the SDK, usage recorded).
 * It answers the OfflineTask it was created with; the prompt itself is not read. Token counts
 * are estimates (about 4 characters per token) and it costs nothing.
 */
import type { LanguageModel } from "ai";
import { renderOffline, writeOffline, type OfflineTask } from "./offline-writer";

export type { OfflineTask } from "./offline-writer";

type ModelV4 = Extract<LanguageModel, { specificationVersion: "v4" }>;
type CallOptions = Parameters<ModelV4["doGenerate"]>[0];
type GenerateResult = Awaited<ReturnType<ModelV4["doGenerate"]>>;
type StreamPart = Awaited<ReturnType<ModelV4["doStream"]>>["stream"] extends ReadableStream<infer P> ? P : never;

export class OfflineTaskMissingError extends Error {
  override readonly name = "OfflineTaskMissingError";
  constructor() {
    super("The offline writer composes pipeline stages; it needs a stage task and cannot answer a free-form prompt.");
  }
}

const estimateTokens = (chars: number) => Math.max(1, Math.ceil(chars / 4));

function usage(options: CallOptions, text: string): GenerateResult["usage"] {
  const input = estimateTokens(JSON.stringify(options.prompt).length);
  const output = estimateTokens(text.length);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}

function answer(task: OfflineTask | undefined, options: CallOptions): string {
  if (!task) throw new OfflineTaskMissingError();
  const output = writeOffline(task);
  return options.responseFormat?.type === "json" ? JSON.stringify(output.object) : renderOffline(output);
}

/** Splits text into word-sized deltas (whitespace kept), so streaming looks like streaming. */
function deltas(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

export function createOfflineModel(modelId: string, task: OfflineTask | undefined): ModelV4 {
  return {
    specificationVersion: "v4",
    provider: "offline",
    modelId,
    supportedUrls: {},
    async doGenerate(options) {
      options.abortSignal?.throwIfAborted();
      const text = answer(task, options);
      return {
        content: [{ type: "text", text }],
        finishReason: { unified: "stop", raw: "stop" },
        usage: usage(options, text),
        warnings: [],
        response: { id: `offline-${Date.now()}`, modelId, timestamp: new Date() },
      };
    },
    async doStream(options) {
      options.abortSignal?.throwIfAborted();
      const text = answer(task, options);
      const parts: StreamPart[] = [
        { type: "stream-start", warnings: [] },
        { type: "text-start", id: "0" },
        ...deltas(text).map((delta): StreamPart => ({ type: "text-delta", id: "0", delta })),
        { type: "text-end", id: "0" },
        { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage: usage(options, text) },
      ];
      return {
        stream: new ReadableStream<StreamPart>({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
            controller.close();
          },
        }),
      };
    },
  };
}
