import "server-only";
import { z } from "zod";
import { brandBookSchema } from "@/lib/ai/brief";
import { normaliseBrandBook, parseWithBrandMessages } from "@/lib/brand/brand-book-input";

/**
 * A tRPC input parser over a zod schema that parses with the brand book's messages. tRPC reads
 * its input and output types from `_input`/`_output` (types only).
 */
function brandParser<S extends z.ZodType, Out>(schema: S, finish: (value: z.output<S>) => Out) {
  const parse = (raw: unknown) => {
    const result = parseWithBrandMessages(schema, raw);
    if (!result.success) throw result.error;
    return finish(result.data);
  };
  return { parse } as {
    parse: (raw: unknown) => Out;
    _input: z.input<S>;
    _output: Out;
  };
}

const versionNumber = z.number({ error: "Pick a version." }).int().min(1, "Versions start at 1.").max(1_000_000);

/**
 * Save: the brand book's fields at the top level (so each gets its own field error), plus the
 * version the editor started from. `baseVersion` (0: there was no brand book) turns a save over
 * someone else's newer version into a CONFLICT; without it the save simply becomes the next version.
 */
export const saveBrandBookInput = brandParser(
  brandBookSchema.extend({ baseVersion: z.number().int().min(0).max(1_000_000).optional() }),
  ({ baseVersion, ...book }) => ({ baseVersion, book: normaliseBrandBook(book) }),
);
export type SaveBrandBookInput = ReturnType<typeof saveBrandBookInput.parse>;

export const brandBookVersionInput = z.object({ version: versionNumber });
export type BrandBookVersionInput = z.output<typeof brandBookVersionInput>;

export const listBrandBookVersionsInput = z.object({
  limit: z.number().int().min(1).max(100).default(50),
  /** Versions below this one (the previous page's `nextCursor`). */
  cursor: z.number().int().min(1).max(1_000_001).nullish(),
});
export type ListBrandBookVersionsInput = z.output<typeof listBrandBookVersionsInput>;
