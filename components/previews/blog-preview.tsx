import { Lock } from "lucide-react";
import { MarkdownPreview } from "@/components/content/markdown-preview";
import { Avatar } from "@/components/ui/avatar";
import { countWords } from "@/lib/ai/platforms/word-count";
import type { PreviewAuthor } from "./types";

interface BlogVersion {
  title: string;
  body: string;
  seo: { title: string; slug: string; metaDescription: string; excerpt: string } | null;
}

/** The workspace blog: how the search result reads, then the article page in a browser frame. */
export function BlogPreview({ version, author, slug }: { version: BlogVersion; author: PreviewAuthor; slug: string }) {
  const words = countWords(version.body);
  const path = `/blog/${slug}/${version.seo?.slug ?? "untitled"}`;
  return (
    <div className="space-y-4">
      {version.seo && (
        <div aria-label="Search result preview" className="max-w-2xl rounded-xl border border-zinc-200 bg-white p-4 font-[arial,sans-serif] shadow-xs">
          <p className="text-xs text-zinc-600">loomcast.app › blog › {slug}</p>
          <p className="mt-0.5 truncate text-lg text-[#1a0dab]">{version.seo.title}</p>
          <p className="line-clamp-2 text-sm text-zinc-700">{version.seo.metaDescription}</p>
        </div>
      )}
      <div className="overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-xs">
        <div aria-hidden className="flex items-center gap-2 border-b border-zinc-100 bg-zinc-50 px-3 py-2">
          <span className="flex gap-1">
            <i className="size-2.5 rounded-full bg-red-300" />
            <i className="size-2.5 rounded-full bg-amber-300" />
            <i className="size-2.5 rounded-full bg-emerald-300" />
          </span>
          <span className="flex flex-1 items-center gap-1.5 truncate rounded-md bg-white px-2 py-0.5 text-xs text-zinc-500">
            <Lock className="size-3" /> loomcast.app{path}
          </span>
        </div>
        <article className="mx-auto max-w-2xl px-6 py-8">
          <p className="flex items-center gap-2 text-sm text-zinc-500">
            <Avatar name={author.name} seed={author.handle} size="sm" /> {author.name} · {Math.max(1, Math.round(words / 230))} min read
          </p>
          {version.seo?.excerpt && <p className="mt-4 text-lg leading-7 text-zinc-600">{version.seo.excerpt}</p>}
          <div className="mt-6">
            <MarkdownPreview source={version.body} />
          </div>
        </article>
      </div>
    </div>
  );
}
