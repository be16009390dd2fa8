"use client";

import Link from "next/link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { ShellBrand } from "@/components/branding/shell-brand";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";
import { useWorkspaceSlug } from "./workspace-context";
import { WorkspaceSwitcher } from "./workspace-switcher";

export function Sidebar() {
  const slug = useWorkspaceSlug();
  return (
    <div className="flex h-full flex-col">
      <div className="flex h-14 items-center justify-between pr-10 pl-5 lg:pr-3">
        <Link href={`/${slug}`} className="flex min-w-0 items-center gap-2 rounded-lg">
          <ShellBrand />
        </Link>
        <NotificationBell slug={slug} />
      </div>
      <div className="px-3">
        <WorkspaceSwitcher />
      </div>
      <div className="mt-5 flex-1 overflow-y-auto px-3">
        <SidebarNav />
      </div>
      <div className="border-t border-zinc-100 p-3">
        <UserMenu />
      </div>
    </div>
  );
}
