import "server-only";
import { AppError } from "./app-error";

/** Plain messages for the PostgreSQL data exceptions (SQLSTATE class 22) user input can cause. */
const messages: Record<string, string> = {
  "22001": "A value is too long.",
  "22003": "A number is out of range.",
  "22007": "A date or time is not valid.",
  "22008": "A date or time is out of range.",
  "22009": "A time zone offset is not valid.",
  "22021": "Text contains a character that cannot be stored (a NUL byte).",
  "22P02": "A value is not in the expected format.",
  "22P05": "Text contains a character that cannot be stored.",
};

/** The SQLSTATE of a PostgreSQL error anywhere in the cause chain (drizzle wraps pg's errors). */
export function sqlState(error: unknown): string | null {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 8; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * A PostgreSQL data exception (class 22: bad text encoding, a value out of range, a malformed
 * literal) as a VALIDATION AppError with a plain message, or null for any other error. These
 * come from values the user sent that a schema let through; they are the user's to fix, not a 500.
 */
export function pgDataError(error: unknown): AppError | null {
  const state = sqlState(error);
  if (!state?.startsWith("22")) return null;
  return new AppError("VALIDATION", messages[state] ?? "A value is not valid.", { cause: error });
}
