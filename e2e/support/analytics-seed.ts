import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface SeededAnalytics {
  now: string;
  range: { from: string; to: string };
  itemIds: string[];
  jobIds: string[];
  runIds: string[];
}

/**
 * Gives a workspace of the e2e database the analytics seed (tests/analytics/seed.ts), run in a
 * tsx child process so the seed's server imports (env, pool) point at E2E_DATABASE_URL.
 */
export function seedAnalytics(workspaceSlug: string): SeededAnalytics {
  const databaseUrl = process.env.E2E_DATABASE_URL;
  if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set (playwright.config.ts sets it)");
  const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "e2e/support/seed-analytics-cli.ts", workspaceSlug], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "e2e-secret-only-for-the-local-test-run-0123456789", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as SeededAnalytics;
}
