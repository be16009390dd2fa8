import "server-only";
import { AppError } from "@/server/errors/app-error";

/**
 * The one opaque keyset cursor every list uses: the last row's sort time as Postgres text
 * (microsecond precision — a JS Date would drop the microseconds and skip or repeat rows) and its id.
 */
export interface KeysetCursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString("base64url");
}

/** Decodes a cursor; a malformed one is the member's stale link, so the error says what to reload. */
export function decodeCursor(value: string, reload = "the list"): KeysetCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string" &&
      !Number.isNaN(Date.parse(parsed[0]))
    ) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError("VALIDATION", `This page link is out of date. Reload ${reload}.`, { field: "cursor" });
}
