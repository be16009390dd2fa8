import { desc, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { devMailbox } from "@/server/db/schema";

/** Mail captured for `to` (newest first); tests use unique addresses, so no other test's mail shows up. */
export function mailsTo(to: string) {
  return db.select().from(devMailbox).where(eq(devMailbox.to, to)).orderBy(desc(devMailbox.createdAt));
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = text.match(new RegExp(`${escaped}\\S+`));
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${text}`);
  return match[0];
}
