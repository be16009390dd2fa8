import type { PostPage } from "@/server/blog/posts";
import type { BlogSite } from "@/server/blog/site";
import { blogUrl, postUrl } from "@/lib/blog/urls";
import { JsonLd } from "./json-ld";
import { PostMeta } from "./post-meta";
import { TagLinks } from "./tag-links";
import { ViewBeacon } from "./view-beacon";

const prose = [
  "mt-8 text-[17px] leading-8 text-zinc-800",
  "[&_h2]:mt-10 [&_h2]:text-2xl [&_h2]:font-semibold [&_h2]:text-zinc-950 [&_h3]:mt-8 [&_h3]:text-xl [&_h3]:font-semibold [&_h4]:mt-6 [&_h4]:font-semibold",
  "[&_p]:mt-5 [&_ul]:mt-5 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-5 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1",
  "[&_a]:text-brand-700 [&_a]:underline [&_blockquote]:mt-5 [&_blockquote]:border-l-4 [&_blockquote]:border-zinc-200 [&_blockquote]:pl-4 [&_blockquote]:text-zinc-600",
  "[&_pre]:mt-5 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-zinc-950 [&_pre]:p-4 [&_pre]:text-sm [&_pre]:text-zinc-100 [&_code]:font-mono [&_code]:text-[0.9em]",
  "[&_img]:mt-5 [&_img]:rounded-lg [&_table]:mt-5 [&_table]:w-full [&_table]:text-sm [&_td]:border [&_td]:border-zinc-200 [&_td]:p-2 [&_th]:border [&_th]:border-zinc-200 [&_th]:p-2 [&_hr]:my-10",
].join(" ");

/** A post page: its one H1, meta line, cover image, sanitized body, tags, JSON-LD and view beacon. */
export function PostArticle({ site, post }: { site: BlogSite; post: PostPage }) {
  const url = post.seo?.canonicalUrl || postUrl(site, post.slug);
  return (
    <article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Article",
          headline: post.title.slice(0, 110),
          description: post.description,
          datePublished: post.publishedAt,
          dateModified: post.updatedAt,
          mainEntityOfPage: { "@type": "WebPage", "@id": url },
          url,
          ...(post.coverImageUrl ? { image: [post.coverImageUrl] } : {}),
          author: post.authorName ? { "@type": "Person", name: post.authorName } : { "@type": "Organization", name: site.title },
          publisher: { "@type": "Organization", name: site.title, url: blogUrl(site) },
          keywords: post.tags.join(", "),
          inLanguage: site.language,
        }}
      />
      <header>
        <h1 className="text-3xl font-semibold leading-tight tracking-tight text-zinc-950 sm:text-4xl">{post.title}</h1>
        <PostMeta post={post} className="mt-3" />
      </header>
      {post.coverImageUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- arbitrary hosts; no image optimizer config for them
        <img src={post.coverImageUrl} alt={post.coverImageAlt ?? ""} className="mt-8 w-full rounded-xl border border-zinc-200 object-cover" />
      )}
      <div className={prose} dangerouslySetInnerHTML={{ __html: post.html }} />
      <TagLinks site={site} tags={post.tags} className="mt-10" />
      <ViewBeacon site={site.slug} slug={post.slug} />
    </article>
  );
}
