import "server-only";
import { AllProvidersFailed } from "@/server/ai/router/all-providers-failed";
import { createModelRouter } from "@/server/ai/router/model-router";
import { linkFromRow } from "@/server/generation/provider-link";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { findProvider } from "./chain-rows";
import { explainTestFailure } from "./explain-test-failure";
import { kindInfo } from "@/lib/ai-providers/kinds";

export type TestResult = { ok: boolean; latencyMs: number; message: string };

export const defaultTestTimeoutMs = 10_000;

/**
 * Calls the provider once, as saved, with a tiny prompt: one attempt, no retries, no fallback,
 * and a circuit breaker of its own (so a test neither waits on nor trips generation's circuits).
 */
export async function testAiProvider(
  ctx: Pick<WorkspaceServiceContext, "db" | "workspace">,
  input: { id: string },
  options: { timeoutMs?: number } = {},
): Promise<TestResult> {
  const timeoutMs = options.timeoutMs ?? defaultTestTimeoutMs;
  const row = await findProvider(ctx.db, ctx.workspace.id, input.id);
  const link = linkFromRow(row);
  if (!link.ok) return { ok: false, latencyMs: 0, message: `This provider cannot be used: ${link.reason}.` };
  const router = createModelRouter({ retryPolicy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 }, maxMalformedRetries: 0 });
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  try {
    const result = await router.text([link.link], { prompt: "Reply with the single word OK.", timeoutMs });
    const latencyMs = elapsed();
    return { ok: true, latencyMs, message: `Connected: ${result.model} answered in ${latencyMs} ms.` };
  } catch (error) {
    if (!(error instanceof AllProvidersFailed)) throw error;
    const target = row.baseUrl ?? kindInfo[row.kind].defaultHost ?? "the provider";
    return { ok: false, latencyMs: elapsed(), message: explainTestFailure(error, { target, model: row.model, timeoutMs }) };
  }
}
