import Link from "next/link";
import type { ReactNode } from "react";
import type { BlogSite } from "@/server/blog/site";
import { blogPath } from "@/lib/blog/urls";
import { languageCodes } from "@/lib/blog/feeds/feed-input";
import { SearchBox } from "./search-box";

/** The public blog's chrome: title, search, feeds. No app navigation, no tracking. */
export function BlogFrame({ site, children }: { site: BlogSite; children: ReactNode }) {
  const home = blogPath(site);
  return (
    <div lang={languageCodes[site.language] ?? "en"} className="min-h-screen bg-white">
      <header className="border-b border-zinc-200">
        <div className="mx-auto flex max-w-3xl flex-col gap-4 px-5 py-6 sm:flex-row sm:items-center sm:justify-between">
          <Link href={home} className="rounded text-lg font-semibold tracking-tight text-zinc-950 focus-visible:outline-2 focus-visible:outline-offset-2">
            {site.title}
          </Link>
          <div className="sm:w-80">
            <SearchBox site={site.slug} action={`${home}/search`} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-5 py-10">
        {children}
      </main>
      <footer className="border-t border-zinc-200">
        <div className="mx-auto flex max-w-3xl flex-wrap gap-4 px-5 py-6 text-sm text-zinc-500">
          <a href={`${home}/rss.xml`} className="hover:text-zinc-800">RSS</a>
          <a href={`${home}/atom.xml`} className="hover:text-zinc-800">Atom</a>
          <span className="ml-auto">Published with Loomcast</span>
        </div>
      </footer>
    </div>
  );
}
