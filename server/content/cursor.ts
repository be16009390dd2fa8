import "server-only";
import { AppError } from "@/server/errors/app-error";

/** An opaque keyset cursor: created_at as Postgres text (microseconds kept) and the id. */
export type ContentCursor = { createdAt: string; id: string };

export const encodeCursor = (cursor: ContentCursor) => Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString("base64url");

export function decodeCursor(value: string): ContentCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string" && !Number.isNaN(Date.parse(parsed[0]))) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // falls through
  }
  throw new AppError("VALIDATION", "This page link is out of date. Reload the content list.", { field: "cursor" });
}
