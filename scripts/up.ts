/**
 * Sets up and runs Loomcast on this machine: npm run up
 *  1. creates .env from .env.example when it is missing (fresh secrets),
 *  2. creates the database when it is missing and migrates it (npm run db:migrate),
 *  3. builds the app (next build),
 *  4. without SMTP_URL, starts a local mail catcher (SMTP + a page, both on 127.0.0.1 only) and
 *     points the app at it, with a warning: no mail leaves the machine,
 *  5. runs the web server (next start) and the worker together until Ctrl-C.
 *
 * The production build never serves the in-app dev mailbox (/dev/mailbox exists under `next dev`
 * only), so mail with sign-in and reset links is readable on this machine's loopback only.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSmtpCapture } from "./mail-catcher/smtp-capture";
import { startMailViewer } from "./mail-catcher/viewer";
import { runTogether } from "./process-group";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const envFile = path.join(root, ".env");

function createEnvFile() {
  const example = readFileSync(path.join(root, ".env.example"), "utf8");
  const content = example
    .replace(/^AUTH_SECRET=.*$/m, `AUTH_SECRET=${randomBytes(32).toString("base64")}`)
    .replace(/^ENCRYPTION_KEY=$/m, `ENCRYPTION_KEY=${randomBytes(32).toString("base64")}`);
  writeFileSync(envFile, content, { mode: 0o600 });
  console.log("Created .env from .env.example (new AUTH_SECRET and ENCRYPTION_KEY). Edit it to change settings.");
}

function step(title: string, command: string, args: string[]) {
  console.log(`\n▸ ${title}`);
  try {
    execFileSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  } catch {
    console.error(`\n✗ ${title} failed (see above).`);
    process.exit(1);
  }
}

if (!existsSync(envFile)) createEnvFile();
process.loadEnvFile(envFile); // variables already set in the environment win
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const port = process.env.PORT ?? "3000";

step("Database: create when missing, migrate", bin("tsx"), ["scripts/db-migrate.ts"]);
step("Build: next build", bin("next"), ["build"]);

if (!process.env.SMTP_URL) await startMailCatcher();

console.log(`\n▸ Starting web and worker. Open ${process.env.APP_URL ?? `http://localhost:${port}`} (Ctrl-C stops both)\n`);
const code = await runTogether([
  { name: "web", command: bin("next"), args: ["start", "-p", port] },
  // A worker that crashes (or exits while the database is away) is started again, with backoff;
  // the web keeps serving meanwhile. The web exiting stops everything.
  { name: "worker", command: bin("tsx"), args: ["--conditions=react-server", "workflows/worker.ts"], restart: true },
]);
process.exit(code);

/** No SMTP server configured: catch mail locally (loopback only) instead of dropping it. */
async function startMailCatcher() {
  const capture = await startSmtpCapture();
  const viewer = await startMailViewer(capture.mails, { port: Number(process.env.MAIL_CATCHER_PORT ?? 1080) }).catch(() =>
    startMailViewer(capture.mails),
  );
  process.env.SMTP_URL = capture.url;
  const bar = "!".repeat(78);
  console.warn(`\n${bar}\n  SMTP_URL is not set: NO MAIL LEAVES THIS MACHINE.\n  Mail (sign-up, reset and invitation links) is caught locally; read it at ${viewer.url}\n  (this machine only: 127.0.0.1). Set SMTP_URL in .env to deliver mail.\n${bar}\n`);
}
