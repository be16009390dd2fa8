"use client";

import { useQuery } from "@tanstack/react-query";
import { AudioLines, CalendarDays, ChartColumn, FileText, Inbox, LayoutDashboard, Radio, ScrollText, Send, Settings, Users, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { countsInput } from "@/components/publish/jobs-query";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";
import type { Permission } from "@/lib/workspaces/permissions";
import { useWorkspace } from "./workspace-context";

interface NavItem {
  label: string;
  href: string;
  icon: LucideIcon;
  permission?: Permission;
  exact?: boolean;
  badge?: number;
  /** What the badge counts, for screen readers (" waiting"); "danger" badges are red. */
  badgeLabel?: string;
  badgeTone?: "brand" | "danger";
}

const itemClasses =
  "flex h-9 items-center gap-2.5 rounded-lg px-2.5 text-sm font-medium transition-colors [&_svg]:size-4 [&_svg]:shrink-0";

export function SidebarNav() {
  const { slug, can } = useWorkspace();
  const pathname = usePathname();
  const trpc = useTRPC();
  const inReview = useQuery({ ...trpc.review.count.queryOptions({ workspaceSlug: slug }), refetchInterval: 60_000 }).data?.inReview;
  const failed = useQuery({ ...trpc.publish.jobs.queryOptions(countsInput(slug)), refetchInterval: 60_000 }).data?.counts.failed;
  const base = `/${slug}`;
  const workspaceItems: NavItem[] = [
    { label: "Dashboard", href: base, icon: LayoutDashboard, exact: true },
    { label: "Brand voice", href: `${base}/brand`, icon: AudioLines },
    { label: "Channels", href: `${base}/channels`, icon: Radio },
    { label: "Members", href: `${base}/members`, icon: Users },
    { label: "Audit log", href: `${base}/audit`, icon: ScrollText, permission: "audit.view" },
    { label: "Settings", href: `${base}/settings`, icon: Settings },
  ];
  const loopItems: NavItem[] = [
    { label: "Content", href: `${base}/content`, icon: FileText },
    { label: "Review", href: `${base}/review`, icon: Inbox, badge: inReview },
    { label: "Calendar", href: `${base}/calendar`, icon: CalendarDays },
    { label: "Publishing", href: `${base}/publishing`, icon: Send, badge: failed, badgeLabel: " failed", badgeTone: "danger" },
    { label: "Analytics", href: `${base}/analytics`, icon: ChartColumn, permission: "analytics.view" },
  ];

  return (
    <nav aria-label="Workspace" className="space-y-6">
      <ul className="space-y-0.5">
        {workspaceItems
          .filter((item) => !item.permission || can(item.permission))
          .map((item) => {
            const active = item.exact ? pathname === item.href : pathname.startsWith(item.href);
            return (
              <li key={item.href}>
                <NavLink item={item} active={active} />
              </li>
            );
          })}
      </ul>
      <div>
        <p className="px-2.5 pb-1.5 text-[11px] font-semibold tracking-wider text-zinc-400 uppercase">The loop</p>
        <ul className="space-y-0.5">
          {loopItems
            .filter((item) => !item.permission || can(item.permission))
            .map((item) => (
              <li key={item.href}>
                <NavLink item={item} active={pathname.startsWith(item.href)} />
              </li>
            ))}
        </ul>
      </div>
    </nav>
  );
}

function NavLink({ item, active }: { item: NavItem; active: boolean }) {
  return (
    <Link
      href={item.href}
      aria-current={active ? "page" : undefined}
      className={cn(
        itemClasses,
        active ? "bg-zinc-100 text-zinc-950 [&_svg]:text-brand-600" : "text-zinc-600 hover:bg-zinc-50 hover:text-zinc-900 [&_svg]:text-zinc-400",
      )}
    >
      <item.icon aria-hidden />
      {item.label}
      {item.badge ? (
        <span
          className={cn(
            "ml-auto rounded-full px-1.5 py-0.5 text-[11px] font-semibold tabular-nums",
            item.badgeTone === "danger" ? "bg-red-100 text-red-800" : "bg-brand-100 text-brand-800",
          )}
        >
          {item.badge}
          <span className="sr-only">{item.badgeLabel ?? " waiting"}</span>
        </span>
      ) : null}
    </Link>
  );
}
