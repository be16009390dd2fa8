import "server-only";

/** Links and a router with a fake clock and instant sleep, for the router tests. */
import { createCircuitBreaker, type BreakerOptions } from "@/server/ai/router/circuit-breaker";
import { createModelRouter, type RouterOptions } from "@/server/ai/router/model-router";
import type { ChainLink } from "@/server/ai/router/types";

export const openaiLink = (baseURL: string, modelId = "gpt-4o-mini"): ChainLink => ({
  provider: { type: "openai", apiKey: "sk-test-primary", baseURL },
  modelId,
});

export const compatibleLink = (baseURL: string, name = "local", modelId = "llama3.1"): ChainLink => ({
  provider: { type: "openai-compatible", name, baseURL, apiKey: "sk-test-secondary", supportsStructuredOutputs: true },
  modelId,
});

export function testRouter(options: RouterOptions & { breakerOptions?: BreakerOptions } = {}) {
  const clock = { now: 1_700_000_000_000 };
  const sleeps: number[] = [];
  const now = () => clock.now;
  const breaker = options.breaker ?? createCircuitBreaker({ now, ...options.breakerOptions });
  const router = createModelRouter({
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    now,
    ...options,
    breaker,
  });
  return { router, breaker, clock, sleeps };
}
