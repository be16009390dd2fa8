import "server-only";

/** Public: what a client sees behind a review link — one item, its current version, whether they can decide. */
import { and, asc, eq, isNull } from "drizzle-orm";
import { approvals, contentItems, contentVersions, reviewLinks, workspaces } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import { liveApprovals, loadPolicy, nextStep } from "@/server/review/policy";
import type { Context } from "@/server/trpc/context";
import { clientAbilities } from "./client-step";
import { loadLinkByToken } from "./load-link";
import type { ReviewLinkViewInput } from "./schemas";

export async function viewReviewLink(ctx: Pick<Context, "db">, input: ReviewLinkViewInput) {
  const link = await loadLinkByToken(ctx.db, input.token);
  const ws = link.workspaceId;
  const [row] = await ctx.db
    .select({ item: contentItems, workspaceName: workspaces.name })
    .from(contentItems)
    .innerJoin(workspaces, eq(workspaces.id, contentItems.workspaceId))
    .where(and(eq(contentItems.workspaceId, ws), eq(contentItems.id, link.contentItemId)));
  if (!row) throw notFound("Content");
  const { item } = row;
  const [version] = await ctx.db
    .select()
    .from(contentVersions)
    .where(and(eq(contentVersions.workspaceId, ws), eq(contentVersions.contentItemId, item.id), eq(contentVersions.number, item.currentVersion)));
  const policy = await loadPolicy(ctx.db, ws);
  const next = item.status === "in_review" ? nextStep(policy, await liveApprovals(ctx.db, ws, item.id, item.currentVersion)) : null;
  const history = await ctx.db
    .select({ decision: approvals.decision, actorLabel: approvals.actorLabel, comment: approvals.comment, versionNumber: approvals.versionNumber, createdAt: approvals.createdAt })
    .from(approvals)
    .where(and(eq(approvals.workspaceId, ws), eq(approvals.contentItemId, item.id), eq(approvals.reviewLinkId, link.id)))
    .orderBy(asc(approvals.createdAt));
  await ctx.db.update(reviewLinks).set({ lastUsedAt: new Date() }).where(and(eq(reviewLinks.id, link.id), isNull(reviewLinks.revokedAt)));
  return {
    workspaceName: row.workspaceName,
    expiresAt: link.expiresAt,
    item: { id: item.id, kind: item.kind, status: item.status, title: item.title, platforms: item.request.platforms, currentVersion: item.currentVersion },
    version: version ? { number: version.number, title: version.title, body: version.body, posts: version.posts, seo: version.seo, image: version.image } : null,
    nextStep: next ? { name: next.name, kind: next.kind } : null,
    can: clientAbilities(item.status, next),
    myDecisions: history,
  };
}
