import "server-only";

/**
 * Shortens text to a platform's character limit: whole sentences first; if not even the first
 * sentence fits, whole words followed by "…". Text that already fits comes back unchanged.
 */
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";

export function fitsOn(platform: PlatformId, text: string, maxChars = platformRules[platform].maxChars): boolean {
  return countCharacters(platform, text) <= maxChars;
}

export function splitSentences(text: string): string[] {
  return text.match(/[^.!?…]+(?:[.!?…]+["')\]]*|$)\s*/gu)?.map((s) => s.trim()).filter(Boolean) ?? [];
}

export function fitToLimit(platform: PlatformId, text: string, maxChars = platformRules[platform].maxChars): string {
  const clean = text.trim();
  if (fitsOn(platform, clean, maxChars)) return clean;
  let kept = "";
  for (const sentence of splitSentences(clean)) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (!fitsOn(platform, next, maxChars)) break;
    kept = next;
  }
  if (kept) return kept;
  for (const word of clean.split(/\s+/u)) {
    const next = kept ? `${kept} ${word}` : word;
    if (!fitsOn(platform, `${next}…`, maxChars)) break;
    kept = next;
  }
  return kept ? `${kept.replace(/[,;:.!?-]+$/u, "")}…` : "";
}
