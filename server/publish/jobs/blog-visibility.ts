import "server-only";

/**
 * Unpublish (hide) or restore an item's post on the workspace's public blog. The post keeps its
 * slug, so restoring brings back the same URL; the blog's cached pages are refreshed either way.
 */
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { requestBlogRevalidation } from "@/server/blog/revalidate";
import { blogPosts } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError, notFound } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";

export async function setBlogPostVisibility(ctx: WorkspaceServiceContext, input: { contentItemId: string; visible: boolean }) {
  const post = await transaction(async ({ tx }) => {
    const [post] = await tx
      .select()
      .from(blogPosts)
      .where(and(eq(blogPosts.workspaceId, ctx.workspace.id), eq(blogPosts.contentItemId, input.contentItemId)))
      .for("update");
    if (!post) throw notFound("Blog post");
    if (input.visible === (post.unpublishedAt === null)) {
      throw new AppError("CONFLICT", input.visible ? "This post is already on the blog." : "This post is already unpublished.");
    }
    const [updated] = await tx
      .update(blogPosts)
      .set({ unpublishedAt: input.visible ? null : new Date() })
      .where(and(eq(blogPosts.workspaceId, ctx.workspace.id), eq(blogPosts.id, post.id)))
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: input.visible ? "blog.post_restored" : "blog.post_unpublished",
      targetType: "content_item",
      targetId: input.contentItemId,
      changes: { slug: post.slug, title: post.title },
    });
    return updated!;
  });
  await requestBlogRevalidation({ workspaceId: ctx.workspace.id, slugs: [post.slug], sites: [ctx.workspace.slug] });
  return { slug: post.slug, unpublishedAt: post.unpublishedAt };
}
