/**
 * scripts/audit-deps.ts end to end: the real script runs the real `npm audit --omit=dev` against a
 * local registry speaking npm's bulk advisory protocol, with an allow-list file of our own.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startAuditStub, type AuditStub } from "./audit-stub";

let stub: AuditStub;
const dir = mkdtempSync(join(tmpdir(), "audit-deps-"));
const ghsa = "GHSA-2345-6789-cfgh";
// npm caches what it computed per advisory number, so every case uses a fresh number.
let nextId = 1_090_000 + Math.floor(Math.random() * 9_000_000);
const zod = (severity: string) => [{ id: nextId++, url: `https://github.com/advisories/${ghsa}`, title: "Prototype pollution in parse", severity, vulnerable_versions: "<999.0.0" }];

beforeAll(async () => {
  stub = await startAuditStub();
});
afterAll(async () => {
  await stub.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  stub.requests.length = 0;
});

function allowList(entries: object[]): string {
  const path = join(dir, `allow-${crypto.randomUUID()}.json`);
  writeFileSync(path, JSON.stringify({ advisories: entries }));
  return path;
}
const future = () => new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);

function runAudit(env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("tsx", ["scripts/audit-deps.ts"], {
      // A cache of its own: npm keeps what it computed per advisory, and these advisories are made up.
      env: { ...process.env, npm_config_registry: stub.url, npm_config_cache: join(dir, "npm-cache"), AUDIT_ALLOWLIST: allowList([]), AUDIT_BACKOFF_MS: "10", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe("npm run audit:deps", () => {
  it("fails on a high advisory in a production dependency and lists it readably; only production packages are sent", async () => {
    stub.respond({ advisories: { zod: zod("high") } });
    const { code, out } = await runAudit();
    expect(code).toBe(1);
    expect(out).toContain(`HIGH  zod <999.0.0  ${ghsa}`);
    expect(out).toContain("Prototype pollution in parse");
    expect(out).toMatch(/pulled in by: .*ai/);
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]).toHaveProperty("next");
    expect(stub.requests[0]).not.toHaveProperty("vitest");
  });

  it("passes when the allow-list explains the advisory (by GHSA id), and below the threshold", async () => {
    stub.respond({ advisories: { zod: zod("high") } });
    const allowed = await runAudit({ AUDIT_ALLOWLIST: allowList([{ id: ghsa, package: "zod", reason: "We never call the affected parse mode on untrusted input.", reviewBy: future() }]) });
    expect(allowed.code).toBe(0);
    expect(allowed.out).toContain("1 advisory allowed");
    stub.respond({ advisories: { zod: zod("moderate") } });
    expect((await runAudit()).code).toBe(0);
    stub.respond({ advisories: { zod: zod("critical") } });
    expect(await runAudit()).toMatchObject({ code: 1, out: expect.stringContaining("CRITICAL  zod") });
  });

  it("an allow-list entry for another package does not cover the advisory", async () => {
    stub.respond({ advisories: { zod: zod("high") } });
    const { code, out } = await runAudit({ AUDIT_ALLOWLIST: allowList([{ id: ghsa, package: "next", reason: "Listed under the wrong package on purpose.", reviewBy: future() }]) });
    expect(code).toBe(1);
    expect(out).toContain("matches no current advisory");
  });

  it("fails on an entry past its review date, and on a malformed allow-list, before calling the registry", async () => {
    const expired = await runAudit({ AUDIT_ALLOWLIST: allowList([{ id: ghsa, package: "zod", reason: "It did not apply when we last looked.", reviewBy: "2020-01-01" }]) });
    expect(expired).toMatchObject({ code: 1, out: expect.stringContaining("past the review date") });
    const malformed = await runAudit({ AUDIT_ALLOWLIST: allowList([{ id: "CVE-1", package: "zod", reason: "short", reviewBy: "soon" }]) });
    expect(malformed.code).toBe(1);
    expect(malformed.out).toMatch(/advisories\.0\.id: Give the advisory as its GHSA id/);
    expect(malformed.out).toMatch(/advisories\.0\.reviewBy: Give the review date as YYYY-MM-DD/);
    expect(stub.requests).toHaveLength(0);
  });

  it("retries an unavailable endpoint, then says loudly that nothing was checked (exit 0, or 2 when required)", async () => {
    stub.respond({ status: 503 });
    const lenient = await runAudit({ AUDIT_RETRIES: "2" });
    expect(lenient.code).toBe(0);
    expect(lenient.out).toContain("DEPENDENCY AUDIT DID NOT RUN");
    expect(lenient.out).toContain("after 3 attempts");
    expect(stub.requests).toHaveLength(3);
    const strict = await runAudit({ AUDIT_RETRIES: "1", AUDIT_REQUIRE_REGISTRY: "true" });
    expect(strict.code).toBe(2);
    expect(strict.out).toContain("AUDIT_REQUIRE_REGISTRY=true: failing.");
  });

  it("does not retry a registry that refuses the audit call (405)", async () => {
    stub.respond({ status: 405 });
    const { code, out } = await runAudit();
    expect(code).toBe(0);
    expect(out).toMatch(/after 1 attempt:\n.*405/);
    expect(stub.requests).toHaveLength(1);
  });
});
