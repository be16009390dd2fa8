import Link from "next/link";
import type { PostSummary } from "@/server/blog/posts";
import type { BlogSite } from "@/server/blog/site";
import { tagPath } from "@/lib/blog/urls";
import { Pagination } from "./pagination";
import { PostCard } from "./post-card";

interface Props {
  site: BlogSite;
  heading: string;
  intro?: string;
  list: { posts: PostSummary[]; page: number; totalPages: number };
  tags?: { tag: string; posts: number }[];
  href: (page: number) => string;
  empty: string;
}

/** A page of posts (home, tag page) with its heading, popular tags and pagination. */
export function BlogPostList({ site, heading, intro, list, tags, href, empty }: Props) {
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight text-zinc-950 sm:text-4xl">{heading}</h1>
      {intro && <p className="mt-3 text-[15px] leading-7 text-zinc-600">{intro}</p>}
      {tags && tags.length > 0 && (
        <nav aria-label="Popular tags" className="mt-6 flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {tags.slice(0, 12).map((t) => (
            <Link key={t.tag} href={tagPath(site, t.tag)} className="rounded text-zinc-600 hover:text-zinc-950 focus-visible:outline-2">
              #{t.tag} <span className="text-zinc-400">({t.posts})</span>
            </Link>
          ))}
        </nav>
      )}
      <div className="mt-10">
        {list.posts.length === 0 ? (
          <p className="rounded-xl border border-dashed border-zinc-300 px-6 py-10 text-center text-sm text-zinc-500">{empty}</p>
        ) : (
          list.posts.map((post) => <PostCard key={post.id} site={site} post={post} />)
        )}
      </div>
      <Pagination page={list.page} totalPages={list.totalPages} href={href} />
    </>
  );
}
