import "server-only";
import { z } from "zod";

/** A lone UTF-16 surrogate: a high one not followed by a low one, or a low one without a high one before it. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why PostgreSQL could not store this text, or null when it can: a NUL character (text columns
 * refuse it) or a lone surrogate (not Unicode; jsonb refuses it, text silently mangles it).
 */
export function unsafeTextProblem(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL character (\\u0000), which cannot be stored";
  if (loneSurrogate.test(value)) return "is not valid Unicode text (it has a lone surrogate)";
  return null;
}

/** Refinement for any zod string schema: refuses NUL and ill-formed Unicode with a clear message. */
const storableText = {
  check: (value: string) => unsafeTextProblem(value) === null,
  params: { error: (issue: { input?: unknown }) => `This text ${unsafeTextProblem(String(issue.input)) ?? "cannot be stored"}.` },
};

/** A string PostgreSQL can store: no NUL, no lone surrogates. Chain `.min()`, `.max()`, `.trim()` as usual. */
export const safeText = () => z.string().refine(storableText.check, storableText.params);
