import "server-only";

/**
 * Checks one post (or one part of a thread) against its platform's rules: not empty, within the
 * character limit as the platform counts, not more hashtags than allowed, none of the brand's
 * avoided words, and a light tone check on professional networks (shouting, "!!" runs).
 */
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";
import type { Problem } from "@/lib/ai/platforms/problem";

/** A # at the start or after whitespace/an opening bracket or quote (not in a URL or "&#39;"), not all digits. */
const hashtagPattern = /(?<![^\s(\[{"'“‘])#([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/gu;

export function extractHashtags(text: string): string[] {
  return Array.from(text.matchAll(hashtagPattern), (m) => `#${m[1]}`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The avoided words or phrases that occur in `text` (whole words, any case). */
export function findAvoidedWords(text: string, avoidWords: readonly string[]): string[] {
  return avoidWords
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, "iu").test(text));
}

function toneProblems(text: string): Problem[] {
  const problems: Problem[] = [];
  // Acronyms (HTML, NASA) are fine; long all-caps words or several of them read as shouting.
  const shouted = text.match(/(?<![\p{L}#@])\p{Lu}{4,}(?!\p{L})/gu) ?? [];
  if (shouted.some((w) => w.length >= 7) || shouted.length >= 3) {
    problems.push({ code: "tone", severity: "warning", message: `Reads as shouting (${shouted.slice(0, 3).join(", ")}); use sentence case.` });
  }
  if (/!{2,}/.test(text)) problems.push({ code: "tone", severity: "warning", message: "Repeated exclamation marks read as unprofessional here." });
  return problems;
}

export type CheckPostOptions = { avoidWords?: readonly string[] };

export function checkPost(platform: PlatformId, text: string, options: CheckPostOptions = {}): Problem[] {
  const rule = platformRules[platform];
  if (text.trim().length === 0) return [{ code: "empty", severity: "error", message: `The ${rule.label} post is empty.` }];
  const problems: Problem[] = [];
  const chars = countCharacters(platform, text);
  if (chars > rule.maxChars) {
    problems.push({ code: "too_long", severity: "error", limit: rule.maxChars, actual: chars, message: `${chars} characters; ${rule.label} allows ${rule.maxChars}.` });
  }
  const tags = extractHashtags(text).length;
  if (tags > rule.maxHashtags) {
    problems.push({ code: "too_many_hashtags", severity: "error", limit: rule.maxHashtags, actual: tags, message: `${tags} hashtags; use at most ${rule.maxHashtags} on ${rule.label}.` });
  }
  for (const word of findAvoidedWords(text, options.avoidWords ?? [])) {
    problems.push({ code: "avoid_word", severity: "error", message: `Uses "${word}", which the brand book says to avoid.` });
  }
  if (rule.register === "professional") problems.push(...toneProblems(text));
  return problems;
}
