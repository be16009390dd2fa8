import "server-only";

/**
 * Pattern tags of a generated item, from simple deterministic rules (no model call): the hook
 * type of its opening line, the angle of its brief/title, its format and its length bucket.
 * Platform and posting slot are per delivery (see slot.ts) and are added to each metric snapshot.
 */
import type { WritingRequest } from "@/lib/ai/brief";
import type { Draft } from "@/server/ai/stage-schemas";

export const hookTypes = ["question", "number-list", "how-to", "statistic", "quote", "story", "bold-claim", "statement"] as const;
export type HookType = (typeof hookTypes)[number];
export const angles = ["how-to", "list", "mistakes", "comparison", "story", "opinion", "news", "explainer"] as const;
export type Angle = (typeof angles)[number];

export type ItemPatterns = { hook: HookType; angle: Angle; format: string; length: string };

const questionStart = /^(who|what|when|where|why|how|which|is|are|do|does|did|can|could|should|would|will|have|has|ever)\b/iu;
const listish = /^\d+\s+\S|^(top|the)\s+\d+\b|\b\d+\s+(ways|tips|reasons|steps|things|lessons|mistakes|ideas|rules|tools|signs)\b/iu;
const statistic = /\d+(\.\d+)?\s?(%|percent|x\b|×)|\b\d{1,3}(,\d{3})+\b|\b(study|survey|data|research)\s+(shows|found|says)\b/iu;
const storyStart = /^(i|we|my|last (year|week|month)|yesterday|years ago|when i|once|in \d{4})\b/iu;
const boldWords = /\b(never|always|stop|nobody|everyone|wrong|myth|dead|truth|secret|forget|unpopular opinion|hot take)\b/iu;

/** The first meaningful line: skips Markdown headings, blank lines and emphasis marks. */
export function firstLine(text: string): string {
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || /^#{1,6}\s/u.test(line) || /^(-{3,}|\*{3,})$/u.test(line)) continue;
    return line.replace(/\*{1,3}|_{2,3}/gu, "").replace(/^>\s*/u, "").trim().slice(0, 300);
  }
  return "";
}

export function hookType(line: string): HookType {
  const text = line.trim();
  const firstSentence = text.split(/(?<=[.!?])\s/u)[0] ?? text;
  if (/^["“”'‘«]/u.test(text)) return "quote";
  if (firstSentence.endsWith("?") || (questionStart.test(text) && text.includes("?"))) return "question";
  if (/^how\s+(to|i|we)\b|^here'?s how\b/iu.test(text)) return "how-to";
  if (listish.test(text)) return "number-list";
  if (statistic.test(text)) return "statistic";
  if (storyStart.test(text)) return "story";
  if (firstSentence.endsWith("!") || boldWords.test(text)) return "bold-claim";
  return "statement";
}

export function angleOf(topic: string, title: string): Angle {
  const text = `${topic} ${title}`.toLowerCase();
  if (/\bhow (to|i|we)\b|\bguide\b|\bstep[- ]by[- ]step\b|\btutorial\b/u.test(text)) return "how-to";
  if (/\bmistakes?\b|\bpitfalls?\b|\bavoid\b|\bwrong\b/u.test(text)) return "mistakes";
  if (/\bvs\.?\b|\bversus\b|\bcompar|\balternatives?\b|\bbetter than\b/u.test(text)) return "comparison";
  if (/\b\d+\s+\w+|\btop\b|\blist\b/u.test(text)) return "list";
  if (/\bstory\b|\bcase study\b|\bhow we\b|\blessons\b|\bjourney\b/u.test(text)) return "story";
  if (/\bwhy\b|\bopinion\b|\bshould\b|\bthink\b|\bmyth\b/u.test(text)) return "opinion";
  if (/\bnew\b|\bnews\b|\btrends?\b|\b20\d\d\b|\blaunch|\bannounc/u.test(text)) return "news";
  return "explainer";
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

export function formatOf(kind: WritingRequest["kind"], hasImage: boolean): string {
  if (kind === "blog") return "blog";
  if (kind === "thread") return "thread";
  return hasImage ? "with-image" : "single";
}

export function lengthBucket(kind: WritingRequest["kind"], draft: Pick<Draft, "body" | "posts">): string {
  if (kind === "blog") {
    const n = words(draft.body);
    return n < 700 ? "short" : n < 1500 ? "medium" : "long";
  }
  if (kind === "thread") {
    const parts = Math.max(0, ...draft.posts.map((p) => p.parts.length));
    return parts <= 3 ? "short" : parts <= 6 ? "medium" : "long";
  }
  const chars = draft.posts[0]?.parts[0]?.length ?? draft.body.length;
  return chars < 120 ? "short" : chars < 280 ? "medium" : "long";
}

/** Tags for one generated item (stored in content_items.patterns). */
export function tagPatterns(request: Pick<WritingRequest, "kind" | "topic">, draft: Pick<Draft, "title" | "body" | "posts">, hasImage = false): ItemPatterns {
  const opening = request.kind === "blog" ? firstLine(draft.body) : firstLine(draft.posts[0]?.parts[0] ?? draft.body);
  return {
    hook: hookType(opening || draft.title),
    angle: angleOf(request.topic, draft.title),
    format: formatOf(request.kind, hasImage),
    length: lengthBucket(request.kind, draft),
  };
}
