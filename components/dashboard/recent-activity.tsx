"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowRight, History } from "lucide-react";
import Link from "next/link";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Avatar } from "@/components/ui/avatar";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { describeAudit } from "@/lib/audit-labels";
import { formatDateTime, formatRelative } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";

export function RecentActivity({ className }: { className?: string }) {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const { data } = useSuspenseQuery(trpc.audit.list.queryOptions({ workspaceSlug: slug, limit: 5 }));

  return (
    <Card className={cn("self-start", className)}>
      <CardHeader
        title="Recent activity"
        actions={
          data.items.length > 0 && (
            <Link
              href={`/${slug}/audit`}
              className="inline-flex items-center gap-1 rounded-lg px-2 py-1 text-[13px] font-medium text-brand-700 hover:bg-brand-50"
            >
              See all <ArrowRight aria-hidden className="size-3.5" />
            </Link>
          )
        }
      />
      {data.items.length === 0 ? (
        <EmptyState icon={<History />} title="No activity yet" description="Changes to this workspace will show up here." />
      ) : (
        <ul className="px-5 py-4 sm:px-6">
          {data.items.map((item, i) => (
            <li key={item.id} className="relative flex gap-3 pb-5 last:pb-0">
              {i < data.items.length - 1 && <span aria-hidden className="absolute top-8 bottom-1 left-3.5 w-px bg-zinc-100" />}
              <Avatar name={item.actorLabel} seed={item.actor?.id ?? item.actorLabel} />
              <div className="min-w-0 pt-0.5">
                <p className="text-sm text-zinc-800">
                  <span className="font-medium text-zinc-950">{item.actorLabel}</span>{" "}
                  {describeAudit(item.action, item.changes)}
                </p>
                <time
                  dateTime={new Date(item.createdAt).toISOString()}
                  title={formatDateTime(item.createdAt)}
                  suppressHydrationWarning
                  className="text-[13px] text-zinc-500"
                >
                  {formatRelative(item.createdAt)}
                </time>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function RecentActivitySkeleton({ className }: { className?: string }) {
  return (
    <Card className={className}>
      <CardHeader title="Recent activity" />
      <div className="space-y-5 px-5 py-4 sm:px-6">
        {[0, 1, 2].map((i) => (
          <div key={i} className="flex gap-3">
            <Skeleton className="size-8 rounded-full" />
            <div className="flex-1 space-y-2 pt-1">
              <Skeleton className="h-3.5 w-3/4" />
              <Skeleton className="h-3 w-1/3" />
            </div>
          </div>
        ))}
      </div>
    </Card>
  );
}
