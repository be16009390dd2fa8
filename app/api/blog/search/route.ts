import { z } from "zod";
import { cachedSite } from "@/server/blog/cached";
import { searchInputSchema, searchPosts } from "@/server/blog/search";
import { siteSlugSchema } from "@/server/blog/site";
import { postPath } from "@/lib/blog/urls";
import { db } from "@/server/db/client";
import { limitBlogSearch } from "@/server/security/abuse-limits";
import { clientIp } from "@/server/trpc/context";
import { withApiErrors } from "@/server/http/with-api-errors";

const paramsSchema = searchInputSchema.extend({
  site: siteSlugSchema,
  prefix: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
  tag: z.string().trim().min(1).max(64).optional().catch(undefined),
});

/** Public search (used by search-as-you-type on the blog): `?site=&q=&prefix=1&tag=`; limited per client address (429). */
export const GET = withApiErrors("blog search", async (request: Request) => {
  await limitBlogSearch(clientIp(request.headers));
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid search." }, { status: 400 });
  const { site: siteSlug, ...input } = parsed.data;
  const site = await cachedSite(siteSlug);
  if (!site) return Response.json({ error: "This blog does not exist." }, { status: 404 });
  const result = await searchPosts(db, site, input);
  return Response.json(
    { ...result, hits: result.hits.map((h) => ({ ...h, path: postPath(site, h.slug) })) },
    { headers: { "cache-control": "no-store" } },
  );
});
