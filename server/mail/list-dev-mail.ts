import "server-only";
import { desc } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { devMailbox } from "@/server/db/schema";

/** Mail captured by the dev mailbox, newest first. Only for the development page. */
export async function listDevMail(ctx: { db: Db }, input: { limit?: number } = {}) {
  return ctx.db
    .select({ id: devMailbox.id, to: devMailbox.to, subject: devMailbox.subject, text: devMailbox.text, createdAt: devMailbox.createdAt })
    .from(devMailbox)
    .orderBy(desc(devMailbox.createdAt), desc(devMailbox.id))
    .limit(input.limit ?? 100);
}
