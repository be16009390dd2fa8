import type { BrandBook } from "@/lib/ai/brief";
import { normaliseBrandBook } from "@/lib/brand/brand-book-input";
import { changedFields, emptyBrandBook } from "@/lib/brand/fields";

/** What the editor started from: the current version (0: none yet) and its content. */
export interface DraftBase {
  version: number;
  book: BrandBook;
}

export const emptyBase: DraftBase = { version: 0, book: emptyBrandBook };

/** The book a draft would save: text trimmed, blank example posts left out, lists normalised. */
export function draftToBook(draft: BrandBook): BrandBook {
  return normaliseBrandBook({
    ...draft,
    voice: draft.voice.trim(),
    audience: draft.audience.trim(),
    examples: draft.examples.map((e) => e.trim()).filter(Boolean),
  });
}

export function unsavedFields(base: DraftBase, draft: BrandBook) {
  return changedFields(base.book, draftToBook(draft));
}
