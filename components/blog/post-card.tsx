import Link from "next/link";
import type { PostSummary } from "@/server/blog/posts";
import { postPath, type SiteRef } from "@/lib/blog/urls";
import { PostMeta } from "./post-meta";
import { TagLinks } from "./tag-links";

export function PostCard({ site, post }: { site: SiteRef; post: PostSummary }) {
  return (
    <article className="border-b border-zinc-200 py-8 first:pt-0 last:border-b-0">
      <h2 className="text-xl font-semibold tracking-tight text-zinc-950 sm:text-2xl">
        <Link href={postPath(site, post.slug)} className="rounded hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2">
          {post.title}
        </Link>
      </h2>
      <PostMeta post={post} className="mt-2" />
      {post.excerpt && <p className="mt-3 text-[15px] leading-7 text-zinc-600">{post.excerpt}</p>}
      <TagLinks site={site} tags={post.tags} className="mt-4" />
    </article>
  );
}
