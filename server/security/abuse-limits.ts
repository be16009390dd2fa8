import "server-only";

/**
 * Abuse limits on top of the shared PostgreSQL limiter (rate-limit.ts): generation runs started per
 * workspace, client review-link decisions per workspace, public blog searches per client address.
 * Limits come from the environment (env.ts); each refusal is RATE_LIMITED (HTTP 429) with a plain
 * message saying what was limited and when to try again. Counts go through the pool, never the
 * caller's transaction, so a refused request's rollback cannot undo its own count.
 */
import { env } from "@/env";
import { db as appDb, type Db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { hit, type RateRule } from "./rate-limit";

export const abuseRules = {
  generationWorkspace: { name: "generation:workspace", limit: env.GENERATIONS_PER_WORKSPACE_PER_HOUR, windowSeconds: 60 * 60 },
  reviewLinkDecisionWorkspace: { name: "review-link-decide:workspace", limit: env.REVIEW_LINK_DECISIONS_PER_WORKSPACE_PER_HOUR, windowSeconds: 60 * 60 },
  blogSearchIp: { name: "blog-search:ip", limit: env.BLOG_SEARCHES_PER_IP_PER_MINUTE, windowSeconds: 60 },
} satisfies Record<string, RateRule>;

/** "45 seconds", "1 minute", "12 minutes". */
export function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

async function check(rule: RateRule, subject: string | null, message: (retryAfter: number) => string, db: Db): Promise<void> {
  if (!subject) return;
  const result = await hit(db, rule, subject);
  if (!result.ok) throw new AppError("RATE_LIMITED", message(result.retryAfter));
}

/** One generation run started in the workspace (a request, a regeneration or a retry). */
export function limitGeneration(workspaceId: string, db: Db = appDb): Promise<void> {
  const { limit } = abuseRules.generationWorkspace;
  return check(abuseRules.generationWorkspace, workspaceId, (s) => `This workspace has started ${limit} generations this hour, its limit. Try again in ${waitText(s)}.`, db);
}

/** One client decision through a review link of the workspace. */
export function limitReviewLinkDecision(workspaceId: string, db: Db = appDb): Promise<void> {
  const { limit } = abuseRules.reviewLinkDecisionWorkspace;
  return check(abuseRules.reviewLinkDecisionWorkspace, workspaceId, (s) => `This workspace's review links have taken ${limit} decisions this hour, their limit. Try again in ${waitText(s)}.`, db);
}

/** One public blog search from a client address (null: unknown, not counted). */
export function limitBlogSearch(ip: string | null, db: Db = appDb): Promise<void> {
  return check(abuseRules.blogSearchIp, ip, (s) => `Too many searches from your address. Try again in ${waitText(s)}.`, db);
}
