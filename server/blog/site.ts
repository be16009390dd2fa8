import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { blogSettings, channels, workspaces } from "@/server/db/schema";
import { verifiedBlogDomain } from "@/server/domains/blog-domain";
import { defaultBlogLanguage, isBlogLanguage, type BlogLanguage } from "./languages";

/** A workspace's public blog as readers see it. */
export interface BlogSite {
  workspaceId: string;
  slug: string;
  title: string;
  description: string;
  language: BlogLanguage;
  /** Its verified custom domain (issue #9), or null: absolute URLs use it (server/blog/urls.ts). */
  domain: string | null;
}

/** The site segment of a blog URL: a workspace slug (validated before it reaches SQL). */
export const siteSlugSchema = z.string().min(1).max(64).regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);

/**
 * The blog of the workspace with this slug, or null (unknown workspace, or its blog channel was
 * disabled). Every workspace has a blog; the channel row may not exist yet.
 */
export async function findSite(db: Db, siteSlug: string): Promise<BlogSite | null> {
  if (!siteSlugSchema.safeParse(siteSlug).success) return null;
  const [row] = await db
    .select({
      workspaceId: workspaces.id,
      slug: workspaces.slug,
      name: workspaces.name,
      title: blogSettings.title,
      description: blogSettings.description,
      language: blogSettings.language,
      domain: verifiedBlogDomain(workspaces.id),
      disabled: sql<boolean>`exists (select 1 from ${channels} where ${channels.workspaceId} = ${workspaces.id} and ${channels.kind} = 'blog' and ${channels.status} = 'disabled')`,
    })
    .from(workspaces)
    .leftJoin(blogSettings, eq(blogSettings.workspaceId, workspaces.id))
    .where(and(eq(workspaces.slug, siteSlug)));
  if (!row || row.disabled) return null;
  return {
    workspaceId: row.workspaceId,
    slug: row.slug,
    title: row.title?.trim() || `${row.name} blog`,
    description: row.description?.trim() || `Articles from ${row.name}.`,
    language: row.language && isBlogLanguage(row.language) ? row.language : defaultBlogLanguage,
    domain: row.domain,
  };
}
