"use client";

import { useQuery } from "@tanstack/react-query";
import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { ChartCard } from "./chart-card";
import { useDashboard } from "./dashboard-context";
import { noMetricsYet } from "./engagement-query";
import { formatNumber } from "@/lib/format";
import { formatScore, platformName } from "./format";

/** The best-scoring published posts of the range. */
export function TopPosts() {
  const trpc = useTRPC();
  const { input, slug } = useDashboard();
  const query = useQuery(trpc.analytics.topPosts.queryOptions({ ...input, limit: 10 }));
  const posts = query.data ?? [];

  return (
    <ChartCard
      id="top-posts"
      className="lg:col-span-2"
      title="Top posts"
      description="Published posts with the highest engagement score (1.0 is the account's usual)."
      table="top_posts"
      state={query}
      empty={posts.length === 0}
      emptyText={noMetricsYet}
    >
      <div className="-mx-5 sm:-mx-6">
        <Table>
          <caption className="sr-only">Top posts</caption>
          <TableHead>
            <tr>
              <TableHeaderCell>Post</TableHeaderCell>
              <TableHeaderCell>Platform</TableHeaderCell>
              <TableHeaderCell>Published</TableHeaderCell>
              <TableHeaderCell className="text-right">Score</TableHeaderCell>
              <TableHeaderCell className="text-right">Impressions</TableHeaderCell>
              <TableHeaderCell className="text-right">Likes</TableHeaderCell>
              <TableHeaderCell className="text-right">Comments</TableHeaderCell>
              <TableHeaderCell className="text-right">Shares</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {posts.map((p) => (
              <TableRow key={p.jobId}>
                <TableCell className="max-w-72">
                  <Link href={`/${slug}/content/${p.contentItemId}`} className="line-clamp-2 font-medium text-zinc-900 hover:text-brand-700 hover:underline">
                    {p.title}
                  </Link>
                  {p.permalink && (
                    <a href={p.permalink} target="_blank" rel="noreferrer" className="mt-0.5 inline-flex items-center gap-1 text-xs text-zinc-500 hover:text-brand-700">
                      View post<span className="sr-only"> on {p.channelName} (opens in a new tab)</span> <ExternalLink aria-hidden className="size-3" />
                    </a>
                  )}
                </TableCell>
                <TableCell className="whitespace-nowrap text-zinc-700">
                  {platformName(p.platform)}
                  <span className="block text-xs text-zinc-500">{p.channelName}</span>
                </TableCell>
                <TableCell className="whitespace-nowrap text-zinc-700" suppressHydrationWarning>
                  {formatDate(p.publishedAt)}
                </TableCell>
                <TableCell className="text-right font-semibold tabular-nums">{formatScore(p.score)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatNumber(p.impressions)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatNumber(p.likes)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatNumber(p.comments)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatNumber(p.shares)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </ChartCard>
  );
}
