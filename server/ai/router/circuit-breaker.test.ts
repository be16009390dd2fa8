import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { providerKey } from "../providers/provider-config";
import { startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai";
import { compatibleLink, openaiLink, testRouter } from "@/tests/support/router-fixtures";
import { createCircuitBreaker } from "./circuit-breaker";

describe("circuit breaker (unit)", () => {
  const setup = () => {
    const clock = { now: 0 };
    const breaker = createCircuitBreaker({ failureThreshold: 3, coolDownMs: 1_000, trialTimeoutMs: 5_000, now: () => clock.now });
    return { breaker, clock };
  };

  it("opens after N consecutive failures, and a success in between resets the count", async () => {
    const { breaker } = setup();
    await breaker.recordFailure("p");
    await breaker.recordFailure("p");
    await breaker.recordSuccess("p");
    await breaker.recordFailure("p");
    await breaker.recordFailure("p");
    expect((await breaker.state("p")).status).toBe("closed");
    await breaker.recordFailure("p");
    expect((await breaker.state("p")).status).toBe("open");
    expect(await breaker.acquire("p")).toEqual({ allowed: false, retryInMs: 1_000 });
    expect((await breaker.state("other")).status).toBe("closed");
  });

  it("half-opens after the cool-down with exactly one trial; success closes it", async () => {
    const { breaker, clock } = setup();
    for (let i = 0; i < 3; i += 1) await breaker.recordFailure("p");
    clock.now = 999;
    expect((await breaker.acquire("p")).allowed).toBe(false);
    clock.now = 1_000;
    expect(await breaker.acquire("p")).toEqual({ allowed: true, trial: true });
    expect((await breaker.acquire("p")).allowed).toBe(false); // only one trial at a time
    await breaker.recordSuccess("p");
    expect(await breaker.state("p")).toEqual({ status: "closed", failures: 0 });
    expect(await breaker.acquire("p")).toEqual({ allowed: true, trial: false });
  });

  it("a failed trial reopens it for another full cool-down", async () => {
    const { breaker, clock } = setup();
    for (let i = 0; i < 3; i += 1) await breaker.recordFailure("p");
    clock.now = 1_500;
    await breaker.acquire("p");
    await breaker.recordFailure("p");
    expect(await breaker.state("p")).toMatchObject({ status: "open", openedAt: 1_500 });
    clock.now = 2_499;
    expect((await breaker.acquire("p")).allowed).toBe(false);
    clock.now = 2_500;
    expect((await breaker.acquire("p")).allowed).toBe(true);
  });

  it("a trial that never reports back is given up after the trial timeout; a released one at once", async () => {
    const { breaker, clock } = setup();
    for (let i = 0; i < 3; i += 1) await breaker.recordFailure("p");
    clock.now = 1_000;
    await breaker.acquire("p");
    clock.now = 5_999;
    expect((await breaker.acquire("p")).allowed).toBe(false);
    clock.now = 6_000;
    expect(await breaker.acquire("p")).toEqual({ allowed: true, trial: true });
    await breaker.release("p");
    expect(await breaker.acquire("p")).toEqual({ allowed: true, trial: true });
  });
});

describe("circuit breaker in the router", () => {
  let down: FakeOpenAI;
  let backup: FakeOpenAI;
  beforeAll(async () => {
    [down, backup] = await Promise.all([startFakeOpenAI(), startFakeOpenAI([{ text: "backup answer" }])]);
  });
  afterAll(async () => {
    await Promise.all([down.close(), backup.close()]);
  });
  beforeEach(() => {
    down.requests.length = 0;
  });

  it("opens after N failures, skips the provider while open, half-opens after the cool-down and closes on success", async () => {
    down.script([{ status: 503 }]);
    const { router, breaker, clock } = testRouter({
      retryPolicy: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 10 },
      breakerOptions: { failureThreshold: 2, coolDownMs: 30_000 },
    });
    const chain = [openaiLink(down.baseURL), compatibleLink(backup.baseURL)];
    const key = providerKey(chain[0]!.provider);

    await router.text(chain, { prompt: "1" });
    expect((await breaker.state(key)).status).toBe("closed");
    await router.text(chain, { prompt: "2" });
    expect((await breaker.state(key)).status).toBe("open");
    expect(down.requests).toHaveLength(2);

    const skipped = await router.text(chain, { prompt: "3" });
    expect(down.requests).toHaveLength(2); // failed fast: no request
    expect(skipped.attempts.map((a) => a.outcome)).toEqual(["circuit_open", "success"]);
    expect(skipped.attempts[0]!.error).toMatch(/next trial in 30 s/);

    down.script([{ text: "recovered" }]);
    clock.now += 30_000;
    const trial = await router.text(chain, { prompt: "4" });
    expect(trial).toMatchObject({ text: "recovered", provider: "openai" });
    expect(await breaker.state(key)).toEqual({ status: "closed", failures: 0 });
  });

  it("a failing trial sends the circuit back to open", async () => {
    down.script([{ status: 500 }]);
    const { router, breaker, clock } = testRouter({
      retryPolicy: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 10 },
      breakerOptions: { failureThreshold: 1, coolDownMs: 10_000 },
    });
    const chain = [openaiLink(down.baseURL), compatibleLink(backup.baseURL)];
    const key = providerKey(chain[0]!.provider);
    await router.text(chain, { prompt: "1" });
    clock.now += 10_000;
    const trial = await router.text(chain, { prompt: "2" });
    expect(trial.attempts[0]).toMatchObject({ outcome: "transient_error", statusCode: 500 });
    expect(await breaker.state(key)).toMatchObject({ status: "open", openedAt: clock.now });
  });

  it("auth errors do not count against the provider's health", async () => {
    down.script([{ status: 401 }]);
    const { router, breaker } = testRouter({ breakerOptions: { failureThreshold: 1 } });
    const chain = [openaiLink(down.baseURL), compatibleLink(backup.baseURL)];
    await router.text(chain, { prompt: "1" });
    await router.text(chain, { prompt: "2" });
    expect((await breaker.state(providerKey(chain[0]!.provider))).status).toBe("closed");
  });
});
