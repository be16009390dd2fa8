import "server-only";
import { AppError } from "@/server/errors/app-error";
import { describePath, findUnsafeText } from "./find-unsafe-text";

/**
 * The edge check every procedure and API route runs on its raw input before validation: a
 * VALIDATION error naming the field whose text could not be stored (a NUL byte, a lone
 * surrogate, absurd nesting), or null when the input is fine. The error's `field` is the
 * top-level input name, so a form can show the message next to that field.
 */
export function unstorableInputError(input: unknown): AppError | null {
  const found = findUnsafeText(input);
  if (!found) return null;
  const where = describePath(found.path);
  const message = where ? `The field “${where}” ${found.problem}.` : `The input ${found.problem}.`;
  const top = found.path[0];
  return new AppError("VALIDATION", message, { field: typeof top === "string" ? top : undefined });
}
