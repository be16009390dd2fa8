import "server-only";
import { env } from "@/env";

/**
 * Whether this server shows the dev mailbox (/dev/mailbox and the link to it). Only `next dev`
 * does: Next.js compiles `process.env.NODE_ENV` to "production" into a `next build`, so a
 * production server never serves it, whatever DEV_MAILBOX says in .env or the environment.
 */
export function devMailboxServed(): boolean {
  return process.env.NODE_ENV === "development" && env.DEV_MAILBOX;
}
