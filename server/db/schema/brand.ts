import { index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { BrandBook } from "@/lib/ai/brief";
import { users } from "./auth";
import { createdAt, id } from "./columns";
import { workspaces } from "./tenancy";

/** The brand book, versioned: every save is a new row; the highest version is current. */
export const brandBooks = pgTable(
  "brand_books",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    book: jsonb("book").$type<BrandBook>().notNull(),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("brand_books_version_idx").on(t.workspaceId, t.version), index("brand_books_ws_idx").on(t.workspaceId)],
);
