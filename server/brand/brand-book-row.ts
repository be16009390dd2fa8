import "server-only";
import { and, desc, eq, type SQL } from "drizzle-orm";
import type { BrandBook } from "@/lib/ai/brief";
import type { Db } from "@/server/db/client";
import { brandBooks, users } from "@/server/db/schema";
import { emptyBrandBook } from "@/lib/brand/fields";

export interface BrandBookAuthor {
  id: string;
  name: string | null;
  email: string;
}

/** One stored version of a workspace's brand book, with who saved it. */
export interface BrandBookVersion {
  version: number;
  book: BrandBook;
  createdAt: Date;
  /** Null when the author's account no longer exists. */
  createdBy: BrandBookAuthor | null;
}

/**
 * Versions of one workspace's brand book matching `where`, newest first. The workspace is always
 * part of the WHERE clause, so another workspace's version numbers find nothing.
 */
export async function selectBrandBookVersions(db: Db, workspaceId: string, where?: SQL, limit = 1): Promise<BrandBookVersion[]> {
  const rows = await db
    .select({
      version: brandBooks.version,
      book: brandBooks.book,
      createdAt: brandBooks.createdAt,
      authorId: users.id,
      authorName: users.name,
      authorEmail: users.email,
    })
    .from(brandBooks)
    .leftJoin(users, eq(users.id, brandBooks.createdById))
    .where(and(eq(brandBooks.workspaceId, workspaceId), where))
    .orderBy(desc(brandBooks.version))
    .limit(limit);
  return rows.map((row) => ({
    version: row.version,
    // Fields added to the schema later read as empty in older versions.
    book: { ...emptyBrandBook, ...row.book },
    createdAt: row.createdAt,
    createdBy: row.authorId && row.authorEmail ? { id: row.authorId, name: row.authorName, email: row.authorEmail } : null,
  }));
}
