/** Requests, brand books, providers and run lookups for the content and generation tests. */
import { and, asc, eq } from "drizzle-orm";
import { writingBriefSchema, writingRequestSchema, type BrandBook, type WritingRequest } from "@/lib/ai/brief";
import { db } from "@/server/db/client";
import { aiProviders, brandBooks, contentItems, contentVersions, generationRuns, generationSteps, runEvents } from "@/server/db/schema";
import { apiKeyContext } from "@/server/generation/provider-link";
import { secretBox } from "@/server/security/secret-box";
import type { SessionUser } from "@/server/trpc/context";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";

export const brand: BrandBook = {
  voice: "Warm, plain-spoken, no jargon.",
  audience: "Founders of small B2B SaaS companies",
  pillars: ["pricing strategy"],
  avoidWords: ["synergy"],
  hashtags: ["#SaaS"],
  examples: ["We doubled trial conversions by asking one question at signup."],
  ctas: ["Book a free pricing review"],
};

/** A social post for X and LinkedIn: short enough that the whole pipeline stays fast. */
export const socialRequest = writingRequestSchema.parse({
  kind: "social",
  platforms: ["x", "linkedin"],
  topic: "Usage-based pricing for early-stage SaaS",
  keywords: ["pricing"],
  wordCount: 40,
  tolerancePct: 20,
  tone: "friendly",
});

export const briefFor = (request: WritingRequest = socialRequest, book: BrandBook = brand) => writingBriefSchema.parse({ brand: book, request });

export async function saveBrandBook(workspaceId: string, book: BrandBook = brand): Promise<void> {
  await db.insert(brandBooks).values({ workspaceId, version: 1, book });
}

export async function addProvider(
  workspaceId: string,
  p: { kind: "openai" | "openai-compatible"; label: string; baseUrl: string; model: string; priority: number; apiKey?: string },
): Promise<string> {
  const id = crypto.randomUUID();
  const apiKeySealed = p.apiKey ? secretBox().seal(p.apiKey, apiKeyContext(id)) : null;
  await db.insert(aiProviders).values({ id, workspaceId, kind: p.kind, label: p.label, baseUrl: p.baseUrl, apiKeySealed, model: p.model, priority: p.priority });
  return id;
}

/** A service context for calling services directly (e.g. with a short run timeout). */
export function serviceContext(user: SessionUser, workspace: WorkspaceRef): WorkspaceServiceContext {
  return { db, workspace, role: "owner", user, actor: { userId: user.id } };
}

const terminal = ["succeeded", "failed", "cancelled", "timed_out"];

/** Polls the run until its status is one of `statuses` (default: any terminal one). */
export async function waitForRun(runId: string, statuses: string[] = terminal, timeoutMs = 20_000, output?: () => string) {
  const started = Date.now();
  for (;;) {
    const [run] = await db.select().from(generationRuns).where(eq(generationRuns.id, runId));
    if (run && statuses.includes(run.status)) return run;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`run ${runId} still ${run?.status} (${run?.stage}) after ${timeoutMs} ms${output ? `\nworker output:\n${output().slice(-4000)}` : ""}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Everything a run left behind. */
export async function runRecord(runId: string) {
  const [run] = await db.select().from(generationRuns).where(eq(generationRuns.id, runId));
  const [item] = await db.select().from(contentItems).where(eq(contentItems.id, run!.contentItemId));
  return {
    run: run!,
    item: item!,
    steps: await db.select().from(generationSteps).where(eq(generationSteps.runId, runId)).orderBy(asc(generationSteps.startedAt)),
    versions: await db.select().from(contentVersions).where(and(eq(contentVersions.contentItemId, item!.id))).orderBy(asc(contentVersions.number)),
    events: await db.select().from(runEvents).where(eq(runEvents.runId, runId)).orderBy(asc(runEvents.id)),
  };
}
