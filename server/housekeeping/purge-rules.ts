import "server-only";

/**
 * What housekeeping deletes, kind by kind: rows nothing reads any more once they expired (plus a
 * grace so a late click still gets a clear "expired" answer rather than "unknown link").
 */
import { sql, type SQL } from "drizzle-orm";

const hour = 3600_000;
const day = 24 * hour;

export type PurgeRule = {
  kind: string;
  /** A constant table name (never user input). */
  table: string;
  where: (now: Date) => SQL;
};

const before = (now: Date, ms: number) => new Date(now.getTime() - ms);

export function purgeRules(retentionDays: number): PurgeRule[] {
  return [
    // Windows are at most a day long (rate-limit.ts); two days covers any of them.
    { kind: "rate_limit_windows", table: "rate_limits", where: (now) => sql`window_start < ${before(now, 2 * day)}` },
    // OAuth connect attempts live 10 minutes and are used once.
    { kind: "oauth_states", table: "oauth_states", where: (now) => sql`expires_at < ${before(now, hour)} or used_at < ${before(now, hour)}` },
    // Password-reset and e-mail verification tokens: used, or expired a day ago.
    { kind: "user_tokens", table: "user_tokens", where: (now) => sql`expires_at < ${before(now, day)} or used_at < ${before(now, day)}` },
    // Signed-in sessions 30 days after they expired or were signed out (the security page lists recent ones).
    { kind: "user_sessions", table: "user_sessions", where: (now) => sql`expires_at < ${before(now, 30 * day)} or revoked_at < ${before(now, 30 * day)}` },
    // Auth.js magic-link tokens and (database) sessions past their expiry.
    { kind: "verification_tokens", table: "verification_tokens", where: (now) => sql`expires < ${before(now, day)}` },
    { kind: "sessions", table: "sessions", where: (now) => sql`expires < ${before(now, day)}` },
    // Invitations never accepted, 30 days after they expired or were revoked (accepted ones are membership history).
    {
      kind: "invitations",
      table: "invitations",
      where: (now) => sql`accepted_at is null and (expires_at < ${before(now, 30 * day)} or revoked_at < ${before(now, 30 * day)})`,
    },
    // Live progress lines of finished generation runs (the run's stages stay in generation_steps).
    {
      kind: "run_events",
      table: "run_events",
      where: (now) => sql`created_at < ${before(now, retentionDays * day)} and run_id in (select id from generation_runs where finished_at is not null)`,
    },
    // Workers declared dead (their work taken over) a month ago: a past deployment's executor ids.
    { kind: "worker_heartbeats", table: "worker_heartbeats", where: (now) => sql`declared_dead_at < ${before(now, 30 * day)}` },
    // Mail kept for the development mailbox page.
    { kind: "dev_mailbox", table: "dev_mailbox", where: (now) => sql`created_at < ${before(now, 14 * day)}` },
  ];
}
