import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { blogPosts, blogSettings } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { blogLanguages, defaultBlogLanguage, type BlogLanguage } from "./languages";

export const blogSettingsInput = z.object({
  title: z.string().trim().max(80, "Keep the blog title under 80 characters.").nullable(),
  description: z.string().trim().max(300, "Keep the description under 300 characters.").nullable(),
  language: z.enum(blogLanguages, { message: `Choose one of: ${blogLanguages.join(", ")}.` }),
});
export type BlogSettingsInput = z.infer<typeof blogSettingsInput>;

export interface BlogSettingsView {
  title: string | null;
  description: string | null;
  language: BlogLanguage;
}

export async function getBlogSettings(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">): Promise<BlogSettingsView> {
  const [row] = await ctx.db.select().from(blogSettings).where(eq(blogSettings.workspaceId, ctx.workspace.id));
  return { title: row?.title ?? null, description: row?.description ?? null, language: (row?.language as BlogLanguage | undefined) ?? defaultBlogLanguage };
}

/**
 * Saves the blog's title, description and search language. A language change re-indexes every
 * post of the workspace in the same transaction (the generated tsvector follows search_config).
 */
export async function updateBlogSettings(ctx: WorkspaceServiceContext, input: BlogSettingsInput) {
  const clean = { title: input.title || null, description: input.description || null, language: input.language };
  return transaction(async ({ tx }) => {
    const [before] = await tx.select().from(blogSettings).where(eq(blogSettings.workspaceId, ctx.workspace.id)).for("update");
    const beforeView = { title: before?.title ?? null, description: before?.description ?? null, language: before?.language ?? defaultBlogLanguage };
    const changes = Object.fromEntries(
      (Object.keys(clean) as (keyof typeof clean)[]).filter((k) => clean[k] !== beforeView[k]).map((k) => [k, { from: beforeView[k], to: clean[k] }]),
    );
    if (Object.keys(changes).length === 0) return { ...clean, reindexed: 0 };
    await tx
      .insert(blogSettings)
      .values({ workspaceId: ctx.workspace.id, ...clean })
      .onConflictDoUpdate({ target: blogSettings.workspaceId, set: clean });
    let reindexed = 0;
    if (changes.language) {
      const rows = await tx
        .update(blogPosts)
        .set({ searchConfig: clean.language })
        .where(eq(blogPosts.workspaceId, ctx.workspace.id))
        .returning({ id: blogPosts.id });
      reindexed = rows.length;
    }
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "blog.settings_updated",
      targetType: "blog",
      targetId: ctx.workspace.id,
      changes,
    });
    return { ...clean, reindexed };
  });
}
