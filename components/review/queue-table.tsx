import Link from "next/link";
import { PlatformMark } from "@/components/previews/platform-mark";
import { kindLabels, platformLabel } from "@/components/content/content-labels";
import { Avatar } from "@/components/ui/avatar";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { ContentKind } from "@/lib/ai/brief";
import type { PlatformId } from "@/lib/ai/platforms/platform-rules";
import { nameOf } from "./review-labels";
import type { Person } from "./types";

export interface QueueRow {
  id: string;
  kind: ContentKind;
  title: string;
  topic: string;
  platforms: PlatformId[];
  currentVersion: number;
  waitingSince: Date | string;
  author: Person | null;
}

/** Items waiting, longest first: title and kind, targets, author, version, how long it has waited. */
export function QueueTable({ slug, items }: { slug: string; items: QueueRow[] }) {
  return (
    <Table>
      <TableHead>
        <tr>
          <TableHeaderCell>Title</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">Targets</TableHeaderCell>
          <TableHeaderCell className="hidden lg:table-cell">Author</TableHeaderCell>
          <TableHeaderCell className="hidden sm:table-cell">Version</TableHeaderCell>
          <TableHeaderCell className="w-36">Waiting</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id} className="relative">
            <TableCell className="max-w-md">
              <Link href={`/${slug}/review/${item.id}`} className="block truncate font-medium text-zinc-900 after:absolute after:inset-0 hover:text-brand-700">
                {item.title}
              </Link>
              <span className="text-xs text-zinc-500">{kindLabels[item.kind].label}</span>
            </TableCell>
            <TableCell className="hidden md:table-cell">
              <span className="flex flex-wrap items-center gap-1.5">
                {item.kind === "blog" && <PlatformMark platform="blog" />}
                {item.platforms.map((p) => (
                  <PlatformMark key={p} platform={p} />
                ))}
                <span className="sr-only">{item.kind === "blog" ? "Blog" : item.platforms.map(platformLabel).join(", ")}</span>
              </span>
            </TableCell>
            <TableCell className="hidden lg:table-cell">
              {item.author ? (
                <span className="flex items-center gap-2">
                  <Avatar name={nameOf(item.author)} size="sm" />
                  <span className="truncate text-[13px] text-zinc-700">{nameOf(item.author)}</span>
                </span>
              ) : (
                <span className="text-[13px] text-zinc-400">—</span>
              )}
            </TableCell>
            <TableCell className="hidden text-[13px] text-zinc-600 sm:table-cell">v{item.currentVersion}</TableCell>
            <TableCell className="whitespace-nowrap">
              <time dateTime={new Date(item.waitingSince).toISOString()} title={formatDateTime(item.waitingSince)} suppressHydrationWarning className="text-[13px] text-zinc-600">
                {formatRelative(item.waitingSince)}
              </time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
