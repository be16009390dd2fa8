import "server-only";

/**
 * What generation is told about the workspace's own results: per target platform, the trusted
 * patterns that beat the account's median (to use) and those that trail it (to avoid). Time
 * slots are left out: they steer scheduling, not writing.
 */
import type { Db } from "@/server/db/client";
import { patternInsights } from "./insights";
import { patternLabel, platformLabel } from "./labels";

const writingDimensions = new Set(["hook", "angle", "format", "length"]);
const perPlatform = 3;

export async function patternGuidance(db: Db, workspaceId: string, platforms: string[]): Promise<string[]> {
  if (platforms.length === 0) return [];
  const insights = (await patternInsights(db, workspaceId, { platforms })).filter((i) => writingDimensions.has(i.dimension));
  const lines: string[] = [];
  for (const platform of platforms) {
    const mine = insights.filter((i) => i.platform === platform);
    const best = mine.filter((i) => i.lift >= 1).sort((a, b) => b.lift - a.lift).slice(0, perPlatform);
    const worst = mine.filter((i) => i.lift < 1).sort((a, b) => a.lift - b.lift).slice(0, perPlatform);
    const where = platformLabel(platform);
    if (best.length > 0) lines.push(`On ${where}, prefer: ${best.map((i) => `${patternLabel(i.dimension, i.value).toLowerCase()} (${i.lift.toFixed(1)}× the median)`).join("; ")}.`);
    if (worst.length > 0) lines.push(`On ${where}, avoid: ${worst.map((i) => `${patternLabel(i.dimension, i.value).toLowerCase()} (${i.lift.toFixed(1)}× the median)`).join("; ")}.`);
  }
  return lines;
}

/** The platforms a request's results are measured on (the blog for blog posts). */
export function guidancePlatforms(request: { kind: string; platforms: readonly string[] }): string[] {
  return request.kind === "blog" ? ["blog", ...request.platforms] : [...request.platforms];
}
