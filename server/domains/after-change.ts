import "server-only";
import { requestBlogRevalidation } from "@/server/blog/revalidate";
import type { DomainRow } from "./domain-view";
import { invalidateHost } from "./resolve-host";

/**
 * After a domain was added, verified, failed or removed: forget its cached route in this process
 * and, for a blog domain, expire the blog's cached site (its canonical URLs, feeds and sitemap
 * name the domain once verified). Best effort, like every blog revalidation.
 */
export async function afterDomainChange(row: Pick<DomainRow, "host" | "kind" | "workspaceId">, siteSlug: string | null): Promise<void> {
  invalidateHost(row.host);
  if (row.kind === "blog" && row.workspaceId && siteSlug) {
    await requestBlogRevalidation({ workspaceId: row.workspaceId, slugs: [], sites: [siteSlug] });
  }
}
