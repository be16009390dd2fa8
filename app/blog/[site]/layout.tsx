import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { BlogFrame } from "@/components/blog/blog-frame";
import { cachedSite } from "@/server/blog/cached";
import { blogUrl, feedUrl } from "@/lib/blog/urls";

type Params = Promise<{ site: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await cachedSite((await params).site);
  if (!site) return {};
  return {
    title: { default: site.title, template: `%s · ${site.title}` },
    description: site.description,
    alternates: {
      canonical: blogUrl(site),
      types: { "application/rss+xml": feedUrl(site, "rss"), "application/atom+xml": feedUrl(site, "atom") },
    },
    openGraph: { type: "website", siteName: site.title, title: site.title, description: site.description, url: blogUrl(site) },
  };
}

export default async function BlogLayout({ params, children }: { params: Params; children: ReactNode }) {
  const site = await cachedSite((await params).site);
  if (!site) notFound();
  return <BlogFrame site={site}>{children}</BlogFrame>;
}
