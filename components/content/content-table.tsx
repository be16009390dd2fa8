import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { ContentKind } from "@/lib/ai/brief";
import type { PlatformId } from "@/lib/ai/platforms/platform-rules";
import { kindLabels, platformLabel, type ContentStatus } from "./content-labels";
import { StatusBadge } from "./status-badge";

export interface ContentRow {
  id: string;
  kind: ContentKind;
  status: ContentStatus;
  title: string;
  topic: string;
  platforms: PlatformId[];
  createdAt: Date;
  createdBy?: { name: string | null; email: string } | null;
  latestRun: { percent: number } | null;
}

export function ContentTable({ slug, items }: { slug: string; items: ContentRow[] }) {
  return (
    <Table>
      <TableHead>
        <tr>
          <TableHeaderCell>Title</TableHeaderCell>
          <TableHeaderCell className="hidden sm:table-cell">Status</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">Platforms</TableHeaderCell>
          <TableHeaderCell className="hidden lg:table-cell">Created by</TableHeaderCell>
          <TableHeaderCell className="hidden w-36 sm:table-cell">Created</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {items.map((item) => {
          const creator = item.createdBy ? (item.createdBy.name ?? item.createdBy.email) : null;
          return (
            <TableRow key={item.id} className="relative">
              <TableCell className="max-w-[calc(100vw-5rem)] sm:max-w-md">
                <Link href={`/${slug}/content/${item.id}`} className="block truncate font-medium text-zinc-900 after:absolute after:inset-0 hover:text-brand-700">
                  {item.title}
                </Link>
                <span className="text-xs text-zinc-500">{kindLabels[item.kind].label}</span>
                <span className="mt-1.5 flex items-center gap-2 sm:hidden">
                  <StatusBadge status={item.status} percent={item.latestRun?.percent} />
                  <span className="text-xs text-zinc-500" suppressHydrationWarning>
                    {formatRelative(item.createdAt)}
                  </span>
                </span>
              </TableCell>
              <TableCell className="hidden sm:table-cell">
                <StatusBadge status={item.status} percent={item.latestRun?.percent} />
              </TableCell>
              <TableCell className="hidden md:table-cell">
                {item.platforms.length ? (
                  <span className="text-[13px] text-zinc-700">{item.platforms.map(platformLabel).join(", ")}</span>
                ) : (
                  <span className="text-[13px] text-zinc-400">{item.kind === "blog" ? "Blog" : "—"}</span>
                )}
              </TableCell>
              <TableCell className="hidden lg:table-cell">
                {creator ? (
                  <span className="flex items-center gap-2">
                    <Avatar name={creator} size="sm" />
                    <span className="truncate text-[13px] text-zinc-700">{creator}</span>
                  </span>
                ) : (
                  <span className="text-[13px] text-zinc-400">—</span>
                )}
              </TableCell>
              <TableCell className="hidden whitespace-nowrap sm:table-cell">
                <time dateTime={new Date(item.createdAt).toISOString()} title={formatDateTime(item.createdAt)} suppressHydrationWarning className="text-[13px] text-zinc-600">
                  {formatRelative(item.createdAt)}
                </time>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
