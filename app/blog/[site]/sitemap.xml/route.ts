import { cachedSitemap, cachedSite } from "@/server/blog/cached";
import { sitemapXml } from "@/server/blog/feeds/sitemap";
import { withApiErrors } from "@/server/http/with-api-errors";

export const GET = withApiErrors("blog sitemap", async (_request: Request, { params }: { params: Promise<{ site: string }> }) => {
  const site = await cachedSite((await params).site);
  if (!site) return new Response("This blog does not exist.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(sitemapXml(site, await cachedSitemap(site.workspaceId)), { headers: { "content-type": "application/xml; charset=utf-8" } });
});
