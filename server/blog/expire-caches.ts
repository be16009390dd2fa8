import "server-only";
import { revalidateTag } from "next/cache";
import { postTag, siteSlugTag, siteTag } from "./cache-tags";
import type { RevalidateBody } from "./revalidate-signature";

/**
 * Expires a blog's cached reads at once (`expire: 0`: the next reader gets fresh data, never the
 * stale copy). Must run inside a Next.js route handler or server function.
 */
export function expireBlogCaches({ workspaceId, slugs, sites }: RevalidateBody): string[] {
  const tags = [siteTag(workspaceId), ...slugs.map((slug) => postTag(workspaceId, slug)), ...sites.map(siteSlugTag)];
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return tags;
}
