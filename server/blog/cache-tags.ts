import "server-only";

/** Next.js cache tags: one per blog (lists, feeds, sitemap, search) and one per post page. */
export const siteTag = (workspaceId: string) => `blog:${workspaceId}`;
export const postTag = (workspaceId: string, slug: string) => `blog:${workspaceId}:post:${slug}`;
/** Site lookups by slug (settings, disabled blog) are tagged apart so a rename or setting change clears them. */
export const siteSlugTag = (siteSlug: string) => `blog-site:${siteSlug}`;
