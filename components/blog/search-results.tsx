import Link from "next/link";
import type { SearchHit } from "@/server/blog/search";
import type { BlogSite } from "@/server/blog/site";
import { postPath } from "@/lib/blog/urls";
import { TagLinks } from "./tag-links";

/** Search hits; each snippet is HTML whose only tag is <mark> (built by headlineHtml). */
export function SearchResults({ site, hits }: { site: BlogSite; hits: SearchHit[] }) {
  if (hits.length === 0) return null;
  return (
    <ol className="mt-8 space-y-8">
      {hits.map((hit) => (
        <li key={hit.id}>
          <h2 className="text-lg font-semibold text-zinc-950">
            <Link href={postPath(site, hit.slug)} className="rounded hover:text-brand-700 focus-visible:outline-2">
              {hit.title}
            </Link>
          </h2>
          <p className="mt-2 text-[15px] leading-7 text-zinc-600 [&_mark]:rounded [&_mark]:bg-amber-100 [&_mark]:px-0.5 [&_mark]:text-zinc-950" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          <TagLinks site={site} tags={hit.tags} className="mt-3" />
        </li>
      ))}
    </ol>
  );
}
