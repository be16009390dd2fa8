import Link from "next/link";
import { tagPath, type SiteRef } from "@/lib/blog/urls";

export function TagLinks({ site, tags, className = "" }: { site: SiteRef; tags: string[]; className?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className={`flex flex-wrap gap-2 ${className}`} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={tagPath(site, tag)}
            className="inline-block rounded-full border border-zinc-200 bg-zinc-50 px-3 py-1 text-xs font-medium text-zinc-700 hover:border-zinc-300 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
