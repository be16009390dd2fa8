/**
 * Character counting the way each platform counts (see CountingRule in platform-rules.ts).
 * URL detection is deliberately simple: `http(s)://…` and `www.…` up to the next whitespace.
 * X also shortens bare domains ("example.com"); we count those as typed, which over-counts
 * slightly and so stays on the safe side.
 */
import { platformRules, type CountingRule, type PlatformId } from "@/lib/ai/platforms/platform-rules";

const urlPattern = /(?:https?:\/\/|www\.)[^\s]+/giu;
const remoteMention = /(@[\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
export const shortenedUrlLength = 23;

const graphemeSegmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** X's light ranges (weight 1); every other code point weighs 2 (twitter-text v3 config). */
function xWeight(codePoint: number): number {
  if (codePoint <= 4351) return 1;
  if (codePoint >= 8192 && codePoint <= 8205) return 1;
  if (codePoint >= 8208 && codePoint <= 8223) return 1;
  if (codePoint >= 8242 && codePoint <= 8247) return 1;
  return 2;
}

function withoutUrls(text: string): { rest: string; urls: number } {
  let urls = 0;
  const rest = text.replace(urlPattern, () => {
    urls += 1;
    return " ";
  });
  // Each URL was replaced by one space, which the caller must not count.
  return { rest, urls };
}

function countXWeighted(text: string): number {
  const { rest, urls } = withoutUrls(text.normalize("NFC"));
  let total = urls * shortenedUrlLength - urls; // minus the placeholder spaces
  for (const g of graphemes(rest)) {
    if (emoji.test(g)) total += 2;
    else for (const ch of g) total += xWeight(ch.codePointAt(0)!);
  }
  return total;
}

function countMastodon(text: string): number {
  const { rest, urls } = withoutUrls(text.replace(remoteMention, "$1"));
  return urls * shortenedUrlLength - urls + Array.from(rest).length;
}

export function countWith(rule: CountingRule, text: string): number {
  switch (rule) {
    case "x-weighted":
      return countXWeighted(text);
    case "graphemes":
      return graphemes(text).length;
    case "mastodon":
      return countMastodon(text);
    case "utf16":
      return text.length;
  }
}

/** The length of `text` as `platform` counts it against its character limit. */
export function countCharacters(platform: PlatformId, text: string): number {
  return countWith(platformRules[platform].counting, text);
}
