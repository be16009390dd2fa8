import { cachedFeedPosts, cachedSite } from "@/server/blog/cached";
import { rssFeed } from "@/server/blog/feeds/rss";
import { withApiErrors } from "@/server/http/with-api-errors";

export const GET = withApiErrors("blog rss feed", async (_request: Request, { params }: { params: Promise<{ site: string }> }) => {
  const site = await cachedSite((await params).site);
  if (!site) return new Response("This blog does not exist.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { posts } = await cachedFeedPosts(site.workspaceId);
  return new Response(rssFeed({ site, posts }), { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
});
