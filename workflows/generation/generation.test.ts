/**
 * The generation workflow end to end: content.request in this process, the real worker spawned as
 * a child process, model providers played by local chat-completions servers.
 */
import { afterAll, beforeAll, describe } from "vitest";
import { closeDbosClient } from "@/server/workflows/dbos-client";
import { crashScenario } from "@/tests/content/generation/crash-scenario";
import { failureScenarios } from "@/tests/content/generation/failure-scenarios";
import { createHarness } from "@/tests/content/generation/harness";
import { successScenarios } from "@/tests/content/generation/success-scenarios";

const harness = createHarness();

beforeAll(async () => {
  await harness.start();
});

afterAll(async () => {
  await harness.stop();
  await closeDbosClient();
});

describe("generation workflow: runs that reach review", () => successScenarios(harness));
describe("generation workflow: runs that fail, are cancelled or time out", () => failureScenarios(harness));
describe("generation workflow: crash recovery", () => crashScenario(harness));
