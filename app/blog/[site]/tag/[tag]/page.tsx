import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BlogPostList } from "@/components/blog/post-list";
import { pageParam } from "@/components/blog/page-param";
import { cachedPosts, cachedSite } from "@/server/blog/cached";
import { tagPath, tagUrl } from "@/lib/blog/urls";

type Props = { params: Promise<{ site: string; tag: string }>; searchParams: Promise<{ page?: string }> };

const tagOf = (raw: string) => {
  const tag = decodeURIComponent(raw).trim();
  return tag.length > 0 && tag.length <= 64 ? tag : null;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: siteSlug, tag: raw } = await params;
  const site = await cachedSite(siteSlug);
  const tag = tagOf(raw);
  if (!site || !tag) return {};
  return { title: `#${tag}`, description: `Posts tagged ${tag} on ${site.title}.`, alternates: { canonical: tagUrl(site, tag) } };
}

export default async function TagPage({ params, searchParams }: Props) {
  const { site: siteSlug, tag: raw } = await params;
  const site = await cachedSite(siteSlug);
  const tag = tagOf(raw);
  if (!site || !tag) notFound();
  const page = pageParam((await searchParams).page);
  const list = await cachedPosts(site.workspaceId, page, tag);
  if (list.total === 0 || page > list.totalPages) notFound();
  return (
    <BlogPostList
      site={site}
      heading={`#${tag}`}
      intro={`${list.total} ${list.total === 1 ? "post" : "posts"} tagged ${tag}.`}
      list={list}
      href={(n) => (n > 1 ? `${tagPath(site, tag)}?page=${n}` : tagPath(site, tag))}
      empty=""
    />
  );
}
