"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { ChevronsUpDown, LogOut, Mail, UserCog } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { Avatar } from "@/components/ui/avatar";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useTRPC } from "@/lib/trpc/client";

export function UserMenu() {
  const trpc = useTRPC();
  const { data: me } = useSuspenseQuery(trpc.auth.me.queryOptions());
  const name = me?.name || me?.email || "Your account";

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label="Account menu"
        className="flex w-full items-center gap-2.5 rounded-lg p-2 text-left transition hover:bg-zinc-100 data-[state=open]:bg-zinc-100"
      >
        <Avatar name={name} seed={me?.id} />
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-medium text-zinc-900">{name}</span>
          <span className="block truncate text-xs text-zinc-500">{me?.email}</span>
        </span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-zinc-400" />
      </DropdownMenuTrigger>
      <DropdownMenuContent side="top" align="start" className="w-(--radix-dropdown-menu-trigger-width) min-w-60">
        <DropdownMenuLabel className="font-normal">
          <span className="block truncate text-sm font-medium text-zinc-900">{name}</span>
          <span className="block truncate">{me?.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">
            <UserCog aria-hidden /> Account and sessions
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <a href="mailto:support@loomcast.app">
            <Mail aria-hidden /> Contact support
          </a>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOut({ redirectTo: "/sign-in" })}>
          <LogOut aria-hidden /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
