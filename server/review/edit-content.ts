import "server-only";

/**
 * Inline edit by a member: a new version (source "edit") on top of the version the editor saw.
 * The database voids every approval of the item when the version is inserted; the item goes back
 * to in_review with the new version current.
 */
import { and, eq, max } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { contentItems, contentVersions } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { cancelPendingJobs, cancelWorkflows } from "@/server/publish/jobs/cancel-pending";
import { lockItem } from "./lock-item";
import type { ReviewEditInput } from "./schemas";
import { transition } from "./transitions";

export async function editContent(ctx: WorkspaceServiceContext, input: ReviewEditInput) {
  const ws = ctx.workspace.id;
  const result = await transaction(async ({ tx }) => {
    const item = await lockItem(tx, ws, input.contentItemId);
    const to = transition(item.status, "edit");
    if (item.currentVersion !== input.baseVersion) {
      throw new AppError("CONFLICT", `Version ${item.currentVersion} was saved while you were editing version ${input.baseVersion}. Reload it and apply your changes again.`, { field: "baseVersion" });
    }
    const [base] = await tx
      .select()
      .from(contentVersions)
      .where(and(eq(contentVersions.workspaceId, ws), eq(contentVersions.contentItemId, item.id), eq(contentVersions.number, input.baseVersion)));
    if (!base) throw new AppError("CONFLICT", "This content has no version to edit yet.");
    const posts = input.posts ?? base.posts;
    if (base.title === input.title && base.body === input.body && JSON.stringify(base.posts) === JSON.stringify(posts)) {
      throw new AppError("VALIDATION", "Nothing changed: edit the text before saving.", { field: "body" });
    }
    const [last] = await tx.select({ n: max(contentVersions.number) }).from(contentVersions).where(and(eq(contentVersions.workspaceId, ws), eq(contentVersions.contentItemId, item.id)));
    const number = (last?.n ?? 0) + 1;
    await tx.insert(contentVersions).values({
      workspaceId: ws,
      contentItemId: item.id,
      number,
      source: "edit",
      title: input.title,
      body: input.body,
      posts,
      seo: base.seo,
      image: base.image,
      createdById: ctx.user.id,
    });
    await tx.update(contentItems).set({ currentVersion: number, status: to, title: input.title }).where(and(eq(contentItems.id, item.id), eq(contentItems.workspaceId, ws)));
    const cancelled = await cancelPendingJobs(tx, ctx.workspace, item.id);
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ws,
      action: "content.edited",
      targetType: "content_item",
      targetId: item.id,
      changes: { fromVersion: input.baseVersion, version: number, from: item.status, to, approvalsVoided: true, publishJobsCancelled: cancelled.length },
    });
    return { version: number, status: to, cancelled };
  });
  await cancelWorkflows(result.cancelled);
  return { version: result.version, status: result.status, publishJobsCancelled: result.cancelled.length };
}
