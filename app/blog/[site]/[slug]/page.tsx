import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostArticle } from "@/components/blog/post-article";
import { cachedPost, cachedSite } from "@/server/blog/cached";
import { postSlugPattern } from "@/lib/blog/slug";
import { postUrl } from "@/lib/blog/urls";

type Props = { params: Promise<{ site: string; slug: string }> };

async function load(params: Props["params"]) {
  const { site: siteSlug, slug } = await params;
  if (!postSlugPattern.test(slug)) return null;
  const site = await cachedSite(siteSlug);
  if (!site) return null;
  const post = await cachedPost(site.workspaceId, slug);
  return post ? { site, post } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { site, post } = found;
  const title = post.seo?.title?.trim() || post.title;
  const canonical = post.seo?.canonicalUrl || postUrl(site, post.slug);
  const images = post.coverImageUrl ? [{ url: post.coverImageUrl, alt: post.coverImageAlt ?? "" }] : undefined;
  return {
    title: { absolute: `${title} · ${site.title}` },
    description: post.description,
    keywords: post.seo?.keywords ?? post.tags,
    authors: post.authorName ? [{ name: post.authorName }] : undefined,
    alternates: { canonical },
    openGraph: {
      type: "article",
      url: canonical,
      siteName: site.title,
      title,
      description: post.description,
      publishedTime: post.publishedAt,
      modifiedTime: post.updatedAt,
      authors: post.authorName ? [post.authorName] : undefined,
      tags: post.tags,
      images,
    },
    twitter: { card: images ? "summary_large_image" : "summary", title, description: post.description, images },
  };
}

export default async function PostPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return <PostArticle site={found.site} post={found.post} />;
}
