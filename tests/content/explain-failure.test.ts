import { describe, expect, it } from "vitest";
import { writingBriefSchema } from "@/lib/ai/brief";
import { checkDraft } from "@/server/ai/check-draft";
import { AllProvidersFailed } from "@/server/ai/router/all-providers-failed";
import type { AttemptRecord } from "@/server/ai/router/types";
import { forkPoint } from "@/server/content/fork-point";
import { explainProblems, explainProviderFailure } from "@/server/generation/explain-failure";
import { describeStep } from "@/server/generation/stages";
import { socialRequest } from "./support/fixtures";

const attempt = (provider: string, outcome: AttemptRecord["outcome"], statusCode?: number): AttemptRecord => ({
  provider,
  model: "m",
  outcome,
  statusCode,
  error: `${outcome}${statusCode ? ` ${statusCode}` : ""}`,
  durationMs: 1,
  tokensIn: 0,
  tokensOut: 0,
  costUsd: 0,
});
const failure = (...attempts: AttemptRecord[]) => new AllProvidersFailed(attempts, []);

describe("likely causes", () => {
  it("names the provider that rejected the key, or says all providers were unavailable", () => {
    expect(explainProviderFailure("draft", failure(attempt("openai", "permanent_error", 401)))).toMatchObject({ stage: "draft", cause: "OpenAI rejected the API key", retryable: false });
    expect(explainProviderFailure("seo", failure(attempt("openai", "transient_error", 503), attempt("anthropic", "circuit_open")))).toMatchObject({ cause: "all providers unavailable", retryable: true });
    expect(explainProviderFailure("outline", failure(attempt("openai", "permanent_error", 403), attempt("local", "transient_error")))).toMatchObject({
      cause: "OpenAI rejected the API key; local was unavailable",
      retryable: true,
    });
    expect(explainProviderFailure("draft", failure(attempt("local", "malformed_output"))).cause).toMatch(/^local kept answering with malformed output/);
    expect(explainProviderFailure("draft", failure(), [{ label: "Mine", reason: "its API key could not be decrypted" }]).cause).toBe("no AI provider is usable (Mine: its API key could not be decrypted)");
  });

  it("says which rule a draft kept breaking", () => {
    const brief = writingBriefSchema.parse({ brand: {}, request: socialRequest });
    const draft = { title: "t", body: "word ".repeat(40), posts: [{ platform: "x" as const, parts: ["a".repeat(300)] }, { platform: "linkedin" as const, parts: ["Fine #a #b #c #d #e #f"] }] };
    const error = explainProblems("revise", checkDraft(brief, draft), 2);
    expect(error.cause).toBe("the draft kept exceeding X's 280 characters; the draft kept using more than 5 hashtags on LinkedIn");
    expect(error.message).toMatch(/^The draft still broke 2 rules after 2 revisions: 300 characters; X allows 280\./);
  });
});

describe("retry fork point", () => {
  const step = (functionID: number, name: string, output: unknown, error: unknown = null) => ({ functionID, name, output, error });
  it("is the first step that did not succeed, or the step after the last recorded one", () => {
    const ok = { ok: true, value: {}, version: 1 };
    expect(forkPoint([step(0, "load", {}), step(1, "research", ok), step(2, "outline", { ok: false, end: "failed" })])).toEqual({ startStep: 2, name: "outline" });
    expect(forkPoint([step(1, "research", ok), step(0, "load", {}), step(2, "draft", null, new Error("db down"))])).toEqual({ startStep: 2, name: "draft" });
    expect(forkPoint([step(0, "load", {}), step(1, "research", ok)])).toEqual({ startStep: 2, name: null });
    expect(forkPoint([])).toEqual({ startStep: 0, name: null });
    expect([describeStep("revise#2"), describeStep("seo"), describeStep("finish"), describeStep("load")]).toEqual(["the revision (round 2) stage", "the SEO and format stage", "the final check", "the start"]);
  });
});
