import "server-only";

/**
 * What a run works from, read once at the start of the workflow and checkpointed: the content
 * item, the brief (the brand book version the item was requested with, and the request), and the
 * reviewer's feedback for a regeneration. Holds no secrets (it is stored in the checkpoint).
 */
import { and, eq } from "drizzle-orm";
import { brandBookSchema, writingBriefSchema, type WritingBrief } from "@/lib/ai/brief";
import type { Db } from "@/server/db/client";
import { brandBooks, contentItems, generationRuns } from "@/server/db/schema";
import { guidancePlatforms, patternGuidance } from "@/server/learn/guidance";

/** `guidance`: what worked (and did not) for this workspace on the target platforms (issue #7); absent in older checkpoints. */
export type GenerationPlan = { contentItemId: string; brief: WritingBrief; feedback: string | null; brandBookVersion: number | null; guidance?: string[] };

export async function loadGenerationPlan(db: Db, input: { runId: string; workspaceId: string }): Promise<GenerationPlan | null> {
  const [row] = await db
    .select({ contentItemId: contentItems.id, request: contentItems.request, brandBookVersion: contentItems.brandBookVersion, feedback: generationRuns.feedback })
    .from(generationRuns)
    .innerJoin(contentItems, and(eq(contentItems.id, generationRuns.contentItemId), eq(contentItems.workspaceId, generationRuns.workspaceId)))
    .where(and(eq(generationRuns.id, input.runId), eq(generationRuns.workspaceId, input.workspaceId)));
  if (!row) return null;
  let book: unknown = {};
  if (row.brandBookVersion !== null) {
    const [found] = await db
      .select({ book: brandBooks.book })
      .from(brandBooks)
      .where(and(eq(brandBooks.workspaceId, input.workspaceId), eq(brandBooks.version, row.brandBookVersion)));
    book = found?.book ?? {};
  }
  const brief = writingBriefSchema.parse({ brand: brandBookSchema.parse(book), request: row.request });
  const guidance = await patternGuidance(db, input.workspaceId, guidancePlatforms(brief.request));
  return { contentItemId: row.contentItemId, brief, feedback: row.feedback, brandBookVersion: row.brandBookVersion, guidance };
}
