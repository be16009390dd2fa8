import { index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";

/** Mail captured when no SMTP server is configured (shown on the dev mailbox page). */
export const devMailbox = pgTable(
  "dev_mailbox",
  {
    id: id(),
    to: text("to").notNull(),
    /** The sender's display name (white-label); the address is always MAIL_FROM's. */
    fromName: text("from_name"),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    createdAt: createdAt(),
  },
  (t) => [index("dev_mailbox_time_idx").on(t.createdAt)],
);
