import "server-only";

/**
 * Pre-flight windows: a scheduled post is checked once when it comes within 24 hours of its slot
 * and once more within the last hour. The mark `<window>:<run_at ms>` records which window was
 * checked for which run time, so moving a post re-checks it and a sweep never checks one twice.
 */
export type PreflightWindow = "24h" | "1h";

const hourMs = 3600_000;

/** The window a run time is in at `now`, or null when it is more than a day away (or past). */
export function windowFor(runAt: Date, now: Date): PreflightWindow | null {
  const ahead = runAt.getTime() - now.getTime();
  if (ahead <= 0 || ahead > 24 * hourMs) return null;
  return ahead <= hourMs ? "1h" : "24h";
}

export const markFor = (window: PreflightWindow, runAt: Date) => `${window}:${runAt.getTime()}`;
