import "server-only";

/** The words of a LIMIT_EXCEEDED error: plan, limit, used, reset date, and the way up. */
import { dayMonth, type Entitlement } from "./entitlement";
import { plans, upgradeOf, type LimitedMetric } from "./plans";

const nouns: Record<LimitedMetric, string> = { runs: "runs", posts: "published posts", channels: "connected platforms" };

function upgradeLine(e: Entitlement, metric: LimitedMetric): string {
  const next = upgradeOf(e.plan.id);
  if (!next) return "Contact us to raise it.";
  const limit = plans[next].limits[metric];
  if (limit === null) return metric === "channels" ? `Upgrade to ${plans[next].name} for every platform.` : `Upgrade to ${plans[next].name} for unlimited ${nouns[metric]}.`;
  return `Upgrade to ${plans[next].name} for ${limit}.`;
}

const holder = (e: Entitlement) => (e.plan.id === "trial" ? "Your free trial" : `Your ${e.plan.name} plan`);

export function usageLimitMessage(e: Entitlement, metric: "runs" | "posts", used: number): string {
  if (e.blocked) return e.blocked;
  const limit = e.plan.limits[metric] ?? 0;
  return `${holder(e)} includes ${limit} ${nouns[metric]} a month: ${used} used, resets on ${dayMonth(e.period.end)}. ${upgradeLine(e, metric)}`;
}

const platformNames: Record<string, string> = {
  x: "X",
  linkedin: "LinkedIn",
  facebook: "Facebook",
  instagram: "Instagram",
  threads: "Threads",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  pinterest: "Pinterest",
};
export const platformName = (kind: string) => platformNames[kind] ?? kind;

export function channelLimitMessage(e: Entitlement, connected: string[]): string {
  if (e.blocked) return e.blocked;
  const limit = e.plan.limits.channels ?? 0;
  const list = connected.length ? ` (connected: ${connected.map(platformName).join(", ")})` : "";
  return `${holder(e)} includes ${limit} connected platforms${list}; the blog and webhooks do not count. Disconnect one or ${upgradeLine(e, "channels").replace(/^U/, "u")}`;
}
