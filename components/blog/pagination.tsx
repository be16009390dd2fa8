import Link from "next/link";

/** Newer/older links for a paged list; `href(page)` builds each page's URL. */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null;
  const link = "rounded-lg border border-zinc-200 px-4 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2";
  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          ← Newer posts
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-zinc-500">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          Older posts →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
