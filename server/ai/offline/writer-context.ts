import "server-only";

/**
 * Everything the offline writer derives from a brief before composing: the topic, usable
 * keywords and pillars (none that the brand avoids), a short audience phrase, hashtags, calls
 * to action, and a seed so the same brief always gives the same draft.
 */
import type { WritingBrief } from "@/lib/ai/brief";
import { findAvoidedWords } from "../platforms/check-post";

export type WriterContext = {
  brief: WritingBrief;
  /** As the user wrote it (titles); `topicMid` is for the middle of a sentence. */
  topic: string;
  topicMid: string;
  keywords: string[];
  pillars: string[];
  audience: string;
  adjective: string;
  ctas: string[];
  hashtags: string[];
  avoid: string[];
  seed: number;
};

/** FNV-1a: a small, stable string hash for deterministic choices. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The list rotated to start at a seed-chosen element (stable order, varied start). */
export function rotate<T>(list: readonly T[], seed: number): T[] {
  if (list.length === 0) return [];
  const k = seed % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

export function pick<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length]!;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word looks like an acronym or a name ("SaaS", "AI"). */
export function midSentence(text: string): string {
  const first = text.split(/\s+/u)[0] ?? "";
  return /^\p{Lu}[\p{Ll}-]+$/u.test(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const toneAdjectives: Record<string, string> = {
  friendly: "warm",
  professional: "clear",
  playful: "light",
  bold: "direct",
  authoritative: "confident",
  casual: "relaxed",
  inspirational: "hopeful",
  informative: "clear",
  witty: "sharp",
  empathetic: "kind",
};

function audiencePhrase(text: string | undefined): string {
  const clause = (text ?? "").split(/[.;:\n(]/u)[0]?.trim() ?? "";
  const words = clause.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8) return "your readers";
  return midSentence(words.join(" "));
}

/** "#growth" stays as the brand wrote it; a phrase becomes PascalCase: "pricing page" → "#PricingPage". */
export function hashtagOf(phrase: string): string {
  const words = phrase.replace(/^#/u, "").split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
  const body = words.length === 1 ? words[0]! : words.map(capitalize).join("");
  return body ? `#${body}` : "";
}

export function writerContext(brief: WritingBrief): WriterContext {
  const { brand, request } = brief;
  const avoid = brand.avoidWords;
  const clean = (items: readonly string[]) => items.map((s) => s.trim()).filter((s) => s && findAvoidedWords(s, avoid).length === 0);
  const topic = request.topic.trim();
  const keywords = clean(request.keywords);
  const tone = request.tone.trim().toLowerCase();
  const hashtags = [...clean(brand.hashtags).map(hashtagOf), ...[...keywords, topic].map(hashtagOf)]
    .filter((t) => t.length > 1 && t.length <= 30 && findAvoidedWords(t.slice(1), avoid).length === 0);
  return {
    brief,
    topic,
    topicMid: midSentence(topic),
    keywords: keywords.length > 0 ? keywords : [midSentence(topic)],
    pillars: clean(brand.pillars),
    audience: audiencePhrase(request.audience ?? brand.audience),
    adjective: toneAdjectives[tone] ?? (/^\p{L}+$/u.test(tone) ? tone : "clear"),
    ctas: clean(brand.ctas),
    hashtags: [...new Set(hashtags.map((t) => t.toLowerCase()))].map((lower) => hashtags.find((t) => t.toLowerCase() === lower)!),
    avoid,
    seed: hash(`${topic}|${request.kind}|${request.platforms.join(",")}|${request.tone}`),
  };
}
