/** After the blog publishes a post: ask the web app to refresh its cached blog pages. */
export async function afterBlogDelivery(_workspaceId: string, _site: string, _slug: string): Promise<void> {
  // Wired to server/blog/revalidate.ts (requestBlogRevalidation) once the public blog lands.
}
