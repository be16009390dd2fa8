import type { ContentKind } from "@/lib/ai/brief";
import type { PlatformId } from "@/lib/ai/platforms/platform-rules";

export interface RequestDraft {
  kind: ContentKind;
  platforms: PlatformId[];
  topic: string;
  keywords: string[];
  audience: string;
  wordCount: string;
  tolerancePct: number;
  strict: boolean;
  tone: string;
}

/** A sensible target per kind; used until the user types their own. */
export const defaultWordCount: Record<ContentKind, number> = { blog: 800, social: 60, thread: 180 };

export const toneSuggestions = ["friendly", "professional", "playful", "confident", "inspiring", "witty", "calm", "bold"];

export const emptyDraft: RequestDraft = {
  kind: "social",
  platforms: [],
  topic: "",
  keywords: [],
  audience: "",
  wordCount: String(defaultWordCount.social),
  tolerancePct: 10,
  strict: false,
  tone: "friendly",
};

export const requestFields = ["kind", "platforms", "topic", "keywords", "audience", "wordCount", "tolerancePct", "strict", "tone"] as const;

/** The content.request input for a draft ("" → left out, so the server's defaults and messages apply). */
export function requestInput(workspaceSlug: string, d: RequestDraft) {
  const words = d.wordCount.trim() === "" ? Number.NaN : Number(d.wordCount);
  return {
    workspaceSlug,
    kind: d.kind,
    platforms: d.kind === "blog" ? [] : d.platforms,
    topic: d.topic,
    keywords: d.keywords,
    ...(d.audience.trim() ? { audience: d.audience } : {}),
    wordCount: words,
    tolerancePct: d.tolerancePct,
    strict: d.strict,
    tone: d.tone.trim() || "friendly",
  };
}
