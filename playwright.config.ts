/**
 * E2E: Chromium (from apt, never downloaded) against `next start` + the real worker + a fresh
 * PostgreSQL database. Run: npm run test:e2e
 *
 * Playwright starts config.webServer entries before globalSetup and stops them in reverse order,
 * so the database is itself the first entry: created and migrated before the web server and the
 * worker start, dropped after both have stopped.
 */
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { assertLocalDatabase, freshDatabaseUrl } from "./e2e/support/local-database";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(`Chromium not found at ${chromium}. Install it with: npm run test:deps (apt-get install -y chromium)`);
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
/** Fake third-party services (Stripe, …) for the e2e run: e2e/support/fake-services.ts. */
const fakesPort = Number(process.env.E2E_FAKES_PORT ?? 3191);
process.env.E2E_FAKES_URL ??= `http://127.0.0.1:${fakesPort}`;
/** The fakes' SMTP server: the app sends real mail to it, specs read it at <fakes>/mail?to=. */
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3192);
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
assertLocalDatabase(adminUrl);
// Chosen once in the runner; test workers and servers inherit it.
process.env.E2E_DATABASE_URL ??= freshDatabaseUrl(adminUrl);
process.env.E2E_RUN_ID ??= Date.now().toString(36);

const serverEnv: Record<string, string> = {
  DATABASE_URL: process.env.E2E_DATABASE_URL,
  AUTH_SECRET: "e2e-secret-only-for-the-local-test-run-0123456789",
  APP_URL: baseURL,
  AUTH_URL: baseURL,
  // Set on purpose: a production server (`next start`) must not serve /dev/mailbox even so.
  DEV_MAILBOX: "true",
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  LOG_LEVEL: "info",
  NEXT_TELEMETRY_DISABLED: "1",
  // A build of its own, so e2e never overwrites the .next that `npm run up` serves.
  NEXT_DIST_DIR: ".next-e2e",
  // `npm test` has type-checked the project already (npm run typecheck).
  SKIP_BUILD_TYPECHECK: "1",
  ENCRYPTION_KEY: "tTCnmQ0GRvl3cllZYGkpO23NDPbMqjfX48QEbgAWUwg=",
  // Local stand-ins for third parties (e2e/support/fake-services.ts) live on loopback.
  OUTBOUND_ALLOW_PRIVATE_NETWORKS: "true",
  // Every spec's people sign up from 127.0.0.1: the per-address limits would stop the suite.
  SIGN_UPS_PER_IP_PER_HOUR: "1000",
  SIGN_INS_PER_IP_PER_15_MIN: "1000",
  STRIPE_SECRET_KEY: "sk_test_e2e_local",
  STRIPE_WEBHOOK_SECRET: "whsec_e2e_local_secret",
  STRIPE_API_URL: `http://127.0.0.1:${fakesPort}`,
  STRIPE_PRICE_STARTER_MONTHLY: "price_starter_month",
  STRIPE_PRICE_STARTER_YEARLY: "price_starter_year",
  STRIPE_PRICE_PRO_MONTHLY: "price_pro_month",
  STRIPE_PRICE_PRO_YEARLY: "price_pro_year",
  STRIPE_PRICE_ENTERPRISE_MONTHLY: "price_enterprise_month",
  STRIPE_PRICE_ENTERPRISE_YEARLY: "price_enterprise_year",
};
const bin = (name: string) => `node_modules/.bin/${name}`;
const stopWith = { signal: "SIGTERM", timeout: 20_000 } as const;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
    viewport: { width: 1360, height: 900 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: [
    {
      name: "database",
      command: `${bin("tsx")} e2e/support/database.ts`,
      env: serverEnv,
      wait: { stdout: /database ready/ },
      gracefulShutdown: stopWith,
      timeout: 60_000,
    },
    {
      name: "fakes",
      command: `${bin("tsx")} e2e/support/fake-services.ts`,
      env: { ...serverEnv, E2E_FAKES_PORT: String(fakesPort), E2E_SMTP_PORT: String(smtpPort) },
      wait: { stdout: /fakes ready/ },
      gracefulShutdown: stopWith,
      timeout: 30_000,
    },
    {
      name: "web",
      command: `${bin("next")} build && ${bin("next")} start -p ${port}`,
      env: serverEnv,
      url: `${baseURL}/sign-in`,
      gracefulShutdown: stopWith,
      timeout: 300_000,
    },
    {
      name: "worker",
      command: `${bin("tsx")} --conditions=react-server workflows/worker.ts`,
      env: { ...serverEnv, DBOS__VMID: `e2e-${process.env.E2E_RUN_ID}` },
      wait: { stdout: /"msg":"worker ready"/ },
      gracefulShutdown: stopWith,
      timeout: 60_000,
    },
  ],
});
