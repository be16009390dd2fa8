/**
 * Runs `npm audit --omit=dev --json` (--prefer-online: never a cached answer) and tells a report from an endpoint failure. Network errors,
 * timeouts, 429 and 5xx are retried with backoff; a registry that refuses the audit call (405,
 * 404, 501: a mirror without it) is not, since asking again cannot help.
 */
import { spawn } from "node:child_process";
import { isReport, type AuditFailure, type AuditReport } from "./report";

export type AuditOutcome = { ok: true; report: AuditReport } | { ok: false; reason: string; attempts: number };

const transientCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "ENETUNREACH", "EHOSTUNREACH", "ESOCKETTIMEDOUT", "TIMEOUT"]);

function once(timeoutMs: number): Promise<{ stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["audit", "--omit=dev", "--json", "--prefer-online"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_audit: "true" } });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
    }, timeoutMs);
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", () => {
      clearTimeout(timer);
      resolve({ stdout, stderr, timedOut });
    });
  });
}

function failureOf(stdout: string): AuditFailure | null {
  try {
    const value = JSON.parse(stdout) as Partial<AuditFailure> & { error?: { code?: string; summary?: string } };
    if (typeof value.message === "string") return { message: value.message, statusCode: value.statusCode, code: value.code };
    if (value.error) return { message: value.error.summary || "npm audit failed", code: value.error.code };
  } catch {
    // not JSON: handled by the caller
  }
  return null;
}

export function isTransient(failure: AuditFailure): boolean {
  if (failure.statusCode !== undefined) return failure.statusCode === 429 || failure.statusCode >= 500;
  return failure.code !== undefined && transientCodes.has(failure.code);
}

export async function runNpmAudit(options: { retries: number; backoffMs: number; timeoutMs: number }): Promise<AuditOutcome> {
  let reason = "";
  for (let attempt = 1; attempt <= options.retries + 1; attempt++) {
    const { stdout, stderr, timedOut } = await once(options.timeoutMs);
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(stdout);
    } catch {
      parsed = null;
    }
    if (isReport(parsed)) return { ok: true, report: parsed };
    const failure = timedOut ? { message: `npm audit did not answer within ${options.timeoutMs / 1000} s`, code: "TIMEOUT" } : failureOf(stdout);
    reason = failure ? `${failure.message}${failure.statusCode ? ` (HTTP ${failure.statusCode})` : failure.code ? ` (${failure.code})` : ""}` : (stderr.trim().split("\n").at(-1) ?? "npm audit printed no report");
    if (!failure || !isTransient(failure) || attempt > options.retries) return { ok: false, reason, attempts: attempt };
    await new Promise((r) => setTimeout(r, options.backoffMs * 2 ** (attempt - 1)));
  }
  return { ok: false, reason, attempts: options.retries + 1 };
}
