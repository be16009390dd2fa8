import { asc, eq } from "drizzle-orm";
import type { BrandBook } from "@/lib/ai/brief";
import { db } from "@/server/db/client";
import { auditLog, brandBooks } from "@/server/db/schema";
import type { SessionUser } from "@/server/trpc/context";
import { callerFor } from "../factories/users";

/** A complete brand book; `overrides` replace fields. */
export function sampleBook(overrides: Partial<BrandBook> = {}): BrandBook {
  return {
    voice: "Warm, plain-spoken, a little dry. Short sentences.",
    audience: "Owners of small coffee roasteries",
    pillars: ["Sourcing", "Roasting craft"],
    avoidWords: ["world-class", "guaranteed results"],
    hashtags: ["#coffee", "#roasting"],
    examples: ["We cupped 14 lots this week. Two made it."],
    ctas: ["Book a tasting"],
    ...overrides,
  };
}

/** Saves through the API as `user`. */
export function saveAs(user: SessionUser, slug: string, book: Partial<BrandBook>, baseVersion?: number) {
  return callerFor(user).brand.save({ workspaceSlug: slug, ...book, baseVersion });
}

/** Every brand book row and audit row of a workspace, to prove nothing changed. */
export async function snapshotBrand(workspaceId: string) {
  return {
    books: await db.select().from(brandBooks).where(eq(brandBooks.workspaceId, workspaceId)).orderBy(asc(brandBooks.version)),
    audit: await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(asc(auditLog.id)),
  };
}
