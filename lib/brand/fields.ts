/**
 * The brand book's fields, their labels, and which of them differ between two versions.
 * Pure (no database): the editor imports it too.
 */
import { brandBookSchema, type BrandBook } from "@/lib/ai/brief";

export const brandBookFields = ["voice", "audience", "pillars", "avoidWords", "hashtags", "examples", "ctas"] as const satisfies readonly (keyof BrandBook)[];
export type BrandBookField = (typeof brandBookFields)[number];

export const brandBookFieldLabels: Record<BrandBookField, string> = {
  voice: "Voice and tone",
  audience: "Audience",
  pillars: "Content pillars",
  avoidWords: "Words and claims to avoid",
  hashtags: "Preferred hashtags",
  examples: "Example posts",
  ctas: "Calls to action",
};

/** What one entry of a list field is called in messages ("Hashtag 3 …"). */
export const brandBookItemNouns: Record<BrandBookField, { one: string; many: string }> = {
  voice: { one: "voice", many: "voice" },
  audience: { one: "audience", many: "audience" },
  pillars: { one: "pillar", many: "content pillars" },
  avoidWords: { one: "entry", many: "words or claims to avoid" },
  hashtags: { one: "hashtag", many: "hashtags" },
  examples: { one: "example post", many: "example posts" },
  ctas: { one: "call to action", many: "calls to action" },
};

/** A brand book with nothing in it: what "no brand book yet" compares as. */
export const emptyBrandBook: BrandBook = brandBookSchema.parse({});

export function isBrandBookField(key: unknown): key is BrandBookField {
  return typeof key === "string" && (brandBookFields as readonly string[]).includes(key);
}

/** The fields whose content differs (lists compare in order); `before` null means an empty book. */
export function changedFields(before: BrandBook | null, after: BrandBook): BrandBookField[] {
  const base = before ?? emptyBrandBook;
  return brandBookFields.filter((field) => JSON.stringify(base[field] ?? emptyBrandBook[field]) !== JSON.stringify(after[field]));
}

/** The writers' schema limits, for counters and hints in the editor (a test keeps them in step). */
export const brandBookLimits = {
  voice: 2000,
  audience: 1000,
  /** Characters per pillar, word to avoid or call to action. */
  phrase: 200,
  example: 5000,
  items: { pillars: 20, avoidWords: 200, hashtags: 50, examples: 20, ctas: 20 },
} as const;
