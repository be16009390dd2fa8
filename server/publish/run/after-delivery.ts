import "server-only";

/** After the blog publishes a post: the web app refreshes its cached pages of that blog (home, tags, feeds, the post). */
import { requestBlogRevalidation } from "@/server/blog/revalidate";

export async function afterBlogDelivery(workspaceId: string, site: string, slug: string): Promise<void> {
  await requestBlogRevalidation({ workspaceId, slugs: [slug], sites: [site] });
}
