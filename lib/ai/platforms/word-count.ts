/**
 * Word counts with a tolerance window. A word is a whitespace-separated token that contains a
 * letter or a digit, so Markdown markers ("##", "-"), lone dashes and emoji are not words;
 * "long-term", a URL and a #hashtag are one word each.
 *
 * The window for target T and tolerance p % is [ceil(T·(1−p/100)), floor(T·(1+p/100))]; it always
 * contains T. In strict mode a count outside the window is an error (the draft cannot go to
 * review); otherwise it is a warning.
 */
import type { Problem } from "@/lib/ai/platforms/problem";

export const minTolerancePct = 5;
export const maxTolerancePct = 20;

const wordish = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/u)) if (wordish.test(token)) n += 1;
  return n;
}

/** Rounds away float noise (7 × 0.85 = 5.949999…) before ceil/floor. */
const settle = (x: number) => Math.round(x * 1e6) / 1e6;

export function wordWindow(target: number, tolerancePct: number): { min: number; max: number } {
  if (!Number.isInteger(target) || target < 1) throw new RangeError("target must be a positive whole number of words");
  if (!(tolerancePct >= minTolerancePct && tolerancePct <= maxTolerancePct)) {
    throw new RangeError(`tolerance must be between ${minTolerancePct} and ${maxTolerancePct} %`);
  }
  return {
    min: Math.ceil(settle((target * (100 - tolerancePct)) / 100)),
    max: Math.floor(settle((target * (100 + tolerancePct)) / 100)),
  };
}

export type WordTarget = { target: number; tolerancePct: number; strict: boolean };

/** Problems with `text`'s word count against the target (an empty array when it is inside the window). */
export function checkWordCount(text: string, { target, tolerancePct, strict }: WordTarget): Problem[] {
  const words = countWords(text);
  const { min, max } = wordWindow(target, tolerancePct);
  const severity = strict ? "error" : "warning";
  if (words < min) {
    return [{ code: "word_count_low", severity, limit: min, actual: words, message: `${words} words; needs at least ${min} (target ${target} ± ${tolerancePct} %).` }];
  }
  if (words > max) {
    return [{ code: "word_count_high", severity, limit: max, actual: words, message: `${words} words; at most ${max} allowed (target ${target} ± ${tolerancePct} %).` }];
  }
  return [];
}
