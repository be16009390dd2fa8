import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BlogPostList } from "@/components/blog/post-list";
import { cachedPosts, cachedSite, cachedTags } from "@/server/blog/cached";
import { blogPath, blogUrl } from "@/lib/blog/urls";
import { pageParam } from "@/components/blog/page-param";

type Props = { params: Promise<{ site: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const site = await cachedSite((await params).site);
  const page = pageParam((await searchParams).page);
  if (!site) return {};
  return { alternates: { canonical: page > 1 ? `${blogUrl(site)}?page=${page}` : blogUrl(site) } };
}

export default async function BlogHome({ params, searchParams }: Props) {
  const site = await cachedSite((await params).site);
  if (!site) notFound();
  const page = pageParam((await searchParams).page);
  const [list, tags] = await Promise.all([cachedPosts(site.workspaceId, page), cachedTags(site.workspaceId)]);
  if (page > list.totalPages) notFound();
  return (
    <BlogPostList
      site={site}
      heading={site.title}
      intro={site.description}
      list={list}
      tags={tags}
      href={(n) => (n > 1 ? `${blogPath(site)}?page=${n}` : blogPath(site))}
      empty="No posts yet. Approved blog posts appear here as soon as they are published."
    />
  );
}
