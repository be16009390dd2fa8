/**
 * Reading a brand book someone typed: the writers' own schema (`brandBookSchema`), messages that
 * name the field and the entry, and one canonical form (hashtags with #, no duplicates).
 * Pure (no database): the editor validates with it before it sends anything.
 */
import { z } from "zod";
import { brandBookSchema, type BrandBook } from "@/lib/ai/brief";
import { brandBookFieldLabels, brandBookItemNouns, isBrandBookField, type BrandBookField } from "@/lib/brand/fields";

const count = new Intl.NumberFormat("en");
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Issue = z.core.$ZodRawIssue;

/** A clear message for an issue inside a brand book (undefined: zod's own message). */
export function brandBookIssueMessage(issue: Issue): string | undefined {
  const [field, index] = issue.path ?? [];
  if (!isBrandBookField(field)) return undefined;
  const noun = brandBookItemNouns[field];
  const subject = typeof index === "number" ? `${capitalise(noun.one)} ${index + 1}` : brandBookFieldLabels[field];
  switch (issue.code) {
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array") return `Keep at most ${count.format(max)} ${noun.many}.`;
      const length = typeof issue.input === "string" ? ` (it has ${count.format(issue.input.length)})` : "";
      return `${subject} is too long: use at most ${count.format(max)} characters${length}.`;
    }
    case "too_small":
      return typeof index === "number" ? `${subject} is empty: write it or remove it.` : `${subject} is too short.`;
    case "invalid_type":
      return `${subject} should be ${issue.expected === "array" ? "a list" : "text"}.`;
    default:
      return undefined;
  }
}

/**
 * Parses with the brand book's messages. The hashtag rule carries its own message in the
 * writers' schema; here it also says which hashtag.
 */
export function parseWithBrandMessages<S extends z.ZodType>(schema: S, raw: unknown) {
  const result = schema.safeParse(raw, { error: brandBookIssueMessage });
  if (result.success) return result;
  const issues = result.error.issues.map((issue) => {
    const [field, index] = issue.path;
    if (field !== "hashtags" || typeof index !== "number" || issue.code !== "invalid_format") return issue;
    const typed = (raw as { hashtags?: unknown[] } | null)?.hashtags?.[index];
    const tag = typeof typed === "string" ? ` "${typed.trim().slice(0, 40)}"` : "";
    return { ...issue, message: `Hashtag ${index + 1}${tag} should be one word: letters, digits or _ (no spaces).` };
  });
  return { success: false as const, error: new z.ZodRealError(issues) };
}

/** `#` in front, the rest as typed. */
export function normaliseHashtag(tag: string): string {
  const bare = tag.trim().replace(/^#+/, "");
  return `#${bare}`;
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The canonical form that is stored and compared: lists without duplicates, hashtags with #. */
export function normaliseBrandBook(book: BrandBook): BrandBook {
  return {
    voice: book.voice.replace(/\r\n?/g, "\n"),
    audience: book.audience.replace(/\r\n?/g, "\n"),
    pillars: unique(book.pillars),
    avoidWords: unique(book.avoidWords),
    hashtags: unique(book.hashtags.map(normaliseHashtag)),
    examples: unique(book.examples.map((e) => e.replace(/\r\n?/g, "\n"))),
    ctas: unique(book.ctas),
  };
}

export type BrandBookFieldErrors = Partial<Record<BrandBookField, string>>;

/** Validates a draft in the browser with the server's rules: the book, or the first problem per field. */
export function checkBrandBook(draft: unknown): { ok: true; book: BrandBook } | { ok: false; errors: BrandBookFieldErrors } {
  const result = parseWithBrandMessages(brandBookSchema, draft);
  if (result.success) return { ok: true, book: normaliseBrandBook(result.data) };
  const errors: BrandBookFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (isBrandBookField(field) && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}
