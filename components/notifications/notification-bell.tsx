"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell, BellOff, CheckCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { formatRelative } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";

/** The bell in the shell: unread count (polled), the latest notifications, each opening its link and marking it read. */
export function NotificationBell({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const unread = useQuery({ ...trpc.notification.unreadCount.queryOptions({ workspaceSlug: slug }), refetchInterval: 30_000 });
  const list = useQuery({ ...trpc.notification.list.queryOptions({ workspaceSlug: slug, limit: 10 }), enabled: open });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refresh }));
  const count = unread.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  return (
    <DropdownMenu open={open} onOpenChange={setOpen}>
      <DropdownMenuTrigger
        aria-label={count ? `Notifications, ${count} unread` : "Notifications"}
        className="relative rounded-lg p-2 text-zinc-500 transition hover:bg-zinc-100 hover:text-zinc-800"
      >
        <Bell aria-hidden className="size-[18px]" />
        {count > 0 && (
          <span aria-hidden className="absolute top-1 right-1 flex min-w-4 items-center justify-center rounded-full bg-brand-600 px-1 text-[10px] leading-4 font-semibold text-white">
            {count > 99 ? "99+" : count}
          </span>
        )}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-80">
        <div className="flex items-center justify-between">
          <DropdownMenuLabel>Notifications</DropdownMenuLabel>
          {count > 0 && (
            <button type="button" onClick={() => markRead.mutate({ workspaceSlug: slug })} className="mr-2 inline-flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline">
              <CheckCheck aria-hidden className="size-3.5" /> Mark all read
            </button>
          )}
        </div>
        <DropdownMenuSeparator />
        {list.isPending ? (
          <p className="px-2.5 py-3 text-sm text-zinc-500">Loading…</p>
        ) : items.length === 0 ? (
          <p className="flex items-center gap-2 px-2.5 py-3 text-sm text-zinc-500">
            <BellOff aria-hidden className="size-4" /> Nothing new. Mentions and review decisions show up here.
          </p>
        ) : (
          items.map((n) => (
            <DropdownMenuItem
              key={n.id}
              onSelect={() => {
                if (!n.readAt) markRead.mutate({ workspaceSlug: slug, ids: [n.id] });
                if (n.link) router.push(n.link);
              }}
              className="items-start"
            >
              <span aria-hidden className={cn("mt-1.5 size-2 shrink-0 rounded-full", n.readAt ? "bg-transparent" : "bg-brand-600")} />
              <span className="min-w-0 flex-1">
                <span className={cn("block text-sm", n.readAt ? "text-zinc-700" : "font-medium text-zinc-950")}>
                  {n.title}
                  {!n.readAt && <span className="sr-only"> (unread)</span>}
                </span>
                {n.body && <span className="line-clamp-2 block text-xs text-zinc-500">{n.body}</span>}
                <span className="block text-[11px] text-zinc-400" suppressHydrationWarning>
                  {formatRelative(n.createdAt)}
                </span>
              </span>
            </DropdownMenuItem>
          ))
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
