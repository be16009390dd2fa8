import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/blog/pagination";
import { pageParam } from "@/components/blog/page-param";
import { SearchResults } from "@/components/blog/search-results";
import { cachedSite } from "@/server/blog/cached";
import { searchPosts } from "@/server/blog/search";
import { blogPath } from "@/lib/blog/urls";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { limitBlogSearch } from "@/server/security/abuse-limits";
import { clientIp } from "@/server/trpc/context";
import { unsafeTextProblem } from "@/server/validation/text";

type Props = { params: Promise<{ site: string }>; searchParams: Promise<{ q?: string; tag?: string; page?: string }> };

/** A query-string value as search text: trimmed, capped, and empty when PostgreSQL could not store it (a NUL byte). */
const text = (v: string | string[] | undefined, max = 200) => {
  const value = (Array.isArray(v) ? v[0] : v)?.trim().slice(0, max) ?? "";
  return unsafeTextProblem(value) ? "" : value;
};

export const metadata: Metadata = { title: "Search", robots: { index: false, follow: true } };

/** Null when this search may run, else the plain message of the per-address limit. */
async function searchLimit(): Promise<string | null> {
  try {
    await limitBlogSearch(clientIp(await headers()));
    return null;
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") return error.message;
    throw error;
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const site = await cachedSite((await params).site);
  if (!site) notFound();
  const sp = await searchParams;
  const q = text(sp.q);
  const tag = text(sp.tag, 64) || undefined;
  const page = pageParam(sp.page);
  const limited = q ? await searchLimit() : null;
  const result = q && !limited ? await searchPosts(db, site, { q, tag, page }) : null;
  const totalPages = result ? Math.max(1, Math.ceil(result.total / 10)) : 1;
  const href = (n: number) => `${blogPath(site)}/search?${new URLSearchParams({ q, ...(tag ? { tag } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`;
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight text-zinc-950">{q ? <>Results for “{q}”</> : "Search"}</h1>
      {tag && (
        <p className="mt-2 text-sm text-zinc-500">
          Only posts tagged #{tag}. <Link href={href(1).replace(/&?tag=[^&]*/, "")} className="underline">Search all posts</Link>
        </p>
      )}
      {limited ? (
        <p role="alert" className="mt-6 text-[15px] text-zinc-700">
          {limited}
        </p>
      ) : !q ? (
        <p className="mt-6 text-[15px] text-zinc-600">
          Type words in the search box above. Use “quotes” for a phrase, a minus to exclude a word (-pricing), and “or” for either word.
        </p>
      ) : (
        <>
          <p role="status" className="mt-3 text-sm text-zinc-500">
            {result!.total === 0 ? "No posts match. Try fewer or different words." : `${result!.total}${result!.capped ? "+" : ""} ${result!.total === 1 ? "post" : "posts"} found.`}
          </p>
          <SearchResults site={site} hits={result!.hits} />
          <Pagination page={page} totalPages={totalPages} href={href} />
        </>
      )}
    </>
  );
}
