import { cachedFeedPosts, cachedSite } from "@/server/blog/cached";
import { atomFeed } from "@/server/blog/feeds/atom";
import { withApiErrors } from "@/server/http/with-api-errors";

export const GET = withApiErrors("blog atom feed", async (_request: Request, { params }: { params: Promise<{ site: string }> }) => {
  const site = await cachedSite((await params).site);
  if (!site) return new Response("This blog does not exist.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { posts } = await cachedFeedPosts(site.workspaceId);
  return new Response(atomFeed({ site, posts }), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
});
