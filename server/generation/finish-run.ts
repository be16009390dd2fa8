import "server-only";

/**
 * The last step of a successful run: the final version (the checked draft with its SEO fields,
 * image prompt and quality score) becomes current, the item goes to review under its SEO title,
 * the run succeeds. The rule check runs once more here: a draft with a rule error never reaches
 * review, whatever happened before.
 */
import { and, eq } from "drizzle-orm";
import { checkDraft } from "@/server/ai/check-draft";
import type { Draft, ImagePrompt, SeoFields } from "@/server/ai/stage-schemas";
import { contentItems, generationRuns } from "@/server/db/schema";
import { tagPatterns } from "@/server/learn/tag-patterns";
import { transaction } from "@/server/db/transaction";
import { endRun } from "./end-run";
import { explainProblems } from "./explain-failure";
import type { GenerationPlan } from "./load-plan";
import { isActive, lockRun } from "./lock-run";
import type { RunEnd } from "./run-error";
import { emitRunEvent } from "./run-events";
import type { StageIds } from "./stage-ids";
import { writeVersion } from "./write-version";

export type FinalParts = { draft: Draft; seo: SeoFields; image: ImagePrompt; qualityScore: number | null; rounds: number };

export function finishRun(ids: StageIds, plan: GenerationPlan, parts: FinalParts): Promise<{ ok: true; version: number } | { ok: false; end: RunEnd }> {
  return transaction(async ({ tx }) => {
    const run = await lockRun(tx, ids);
    if (!run || run.workflowId !== ids.workflowId || !isActive(run.status)) {
      return { ok: false, end: run?.status === "cancelled" || run?.status === "timed_out" ? run.status : "superseded" };
    }
    const errors = checkDraft(plan.brief, parts.draft).filter((p) => p.severity === "error");
    if (errors.length > 0) {
      await endRun(tx, ids, "failed", explainProblems("revise", errors, parts.rounds), 95);
      return { ok: false, end: "failed" };
    }
    const version = await writeVersion(tx, ids, "final", { ...parts.draft, seo: parts.seo, image: parts.image, qualityScore: parts.qualityScore }, true);
    await tx
      .update(contentItems)
      // Learn (issue #7): pattern tags of the final draft (hook, angle, format, length).
      .set({ status: "in_review", title: parts.seo.title || parts.draft.title, patterns: tagPatterns(plan.brief.request, parts.draft) })
      .where(and(eq(contentItems.id, ids.contentItemId), eq(contentItems.workspaceId, ids.workspaceId)));
    await tx
      .update(generationRuns)
      .set({ status: "succeeded", error: null, finishedAt: new Date() })
      .where(and(eq(generationRuns.id, ids.runId), eq(generationRuns.workspaceId, ids.workspaceId)));
    await emitRunEvent(tx, ids, { stage: null, percent: 100, message: `Ready for review (version ${version}${parts.qualityScore !== null ? `, quality ${parts.qualityScore}/10` : ""}).` });
    return { ok: true, version };
  });
}
