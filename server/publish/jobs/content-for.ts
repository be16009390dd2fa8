import "server-only";

/**
 * Cuts an approved version into what one channel publishes: the blog gets the whole post; a social
 * channel gets that platform's posts (one part, or several for a thread) from the version, falling
 * back to the master copy; a webhook gets the master copy and every platform's posts' first part.
 */
import type { contentVersions } from "@/server/db/schema";
import { platformOfKind, type ChannelKind } from "@/server/publish/connectors/kinds";
import type { PublishContent } from "@/server/publish/connectors/types";

type VersionRow = Pick<typeof contentVersions.$inferSelect, "title" | "body" | "posts" | "seo" | "image">;

function tagsOf(version: VersionRow): string[] {
  return (version.seo?.keywords ?? []).map((k) => k.trim()).filter(Boolean).slice(0, 10);
}

export function publishContentFor(kind: ChannelKind, contentItemId: string, version: VersionRow, link?: string): PublishContent {
  const media = version.image?.url ? [{ url: version.image.url, alt: version.image.alt }] : [];
  const base = {
    contentItemId,
    title: version.seo?.title || version.title,
    body: version.body,
    tags: tagsOf(version),
    media,
    seo: version.seo ? { title: version.seo.title, description: version.seo.metaDescription } : null,
    ...(link ? { link } : {}),
  };
  const platform = platformOfKind[kind];
  if (kind === "blog") return { ...base, parts: [] };
  if (!platform) return { ...base, parts: [version.body] };
  const post = version.posts.find((p) => p.platform === platform);
  return { ...base, parts: post ? post.parts : [version.body] };
}

/** True when the version was written for this channel's platform (the blog for blog posts). */
export function versionTargets(kind: ChannelKind, contentKind: "blog" | "social" | "thread", version: Pick<VersionRow, "posts">): boolean {
  if (kind === "blog") return contentKind === "blog";
  const platform = platformOfKind[kind];
  if (!platform) return false;
  return version.posts.some((p) => p.platform === platform);
}
