import { cachedSite } from "@/server/blog/cached";
import { robotsTxt } from "@/server/blog/feeds/sitemap";
import { withApiErrors } from "@/server/http/with-api-errors";

/** The blog's robots.txt (served at the root once the blog has a custom domain, issue #9). */
export const GET = withApiErrors("blog robots.txt", async (_request: Request, { params }: { params: Promise<{ site: string }> }) => {
  const site = await cachedSite((await params).site);
  if (!site) return new Response("This blog does not exist.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(robotsTxt(site), { headers: { "content-type": "text/plain; charset=utf-8" } });
});
