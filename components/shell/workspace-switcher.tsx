"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Check, ChevronsUpDown, LayoutDashboard, Plus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Fragment, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useTRPC } from "@/lib/trpc/client";
import { roleLabels } from "@/lib/workspaces/permissions";
import { CreateWorkspaceDialog } from "./create-workspace-dialog";
import { useWorkspace } from "./workspace-context";

/**
 * Switches between the workspaces the user reaches, grouped by organization: agency staff see
 * every client of their organization (the overview is one click away), a client user only its own workspace.
 */
export function WorkspaceSwitcher() {
  const trpc = useTRPC();
  const router = useRouter();
  const { workspace } = useWorkspace();
  const { data: groups } = useSuspenseQuery(trpc.agency.workspaces.queryOptions());
  const [creating, setCreating] = useState(false);
  // New workspaces belong to the organization: its owners and admins create them.
  const orgRole = workspace.organization.role;
  const mayCreate = orgRole === "owner" || orgRole === "admin";

  return (
    <>
      <div className="flex items-stretch gap-1.5">
        <DropdownMenu>
          <DropdownMenuTrigger
            aria-label="Switch workspace"
            className="group flex min-w-0 flex-1 items-center gap-2.5 rounded-xl border border-zinc-200 bg-white p-2 text-left shadow-xs transition hover:border-zinc-300 hover:bg-zinc-50 data-[state=open]:border-zinc-300 data-[state=open]:bg-zinc-50"
          >
            <Avatar name={workspace.name} seed={workspace.id} shape="square" />
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-semibold text-zinc-900">{workspace.name}</span>
              <span className="block truncate text-xs text-zinc-500">{roleLabels[workspace.role].label}</span>
            </span>
            <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-zinc-400" />
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start" className="max-h-[70vh] w-(--radix-dropdown-menu-trigger-width) min-w-64 overflow-y-auto">
            {groups.map((group, index) => (
              <Fragment key={group.organization.id}>
                {index > 0 && <DropdownMenuSeparator />}
                <DropdownMenuGroup aria-label={group.organization.name}>
                  <DropdownMenuLabel className="truncate">{group.organization.name}</DropdownMenuLabel>
                  {group.workspaces.map((w) => (
                    <DropdownMenuItem
                      key={w.id}
                      aria-label={w.name}
                      onSelect={() => router.push(w.onboarded ? `/${w.slug}` : `/onboarding?workspace=${encodeURIComponent(w.slug)}`)}
                    >
                      <Avatar name={w.name} seed={w.id} shape="square" size="sm" />
                      <span className="min-w-0 flex-1">
                        <span className="block truncate font-medium text-zinc-900">{w.name}</span>
                        <span className="block truncate text-xs text-zinc-500">
                          {roleLabels[w.role].label}
                          {w.inherited ? " · from the organization" : ""}
                        </span>
                      </span>
                      {w.slug === workspace.slug && <Check aria-hidden className="text-brand-600!" />}
                    </DropdownMenuItem>
                  ))}
                </DropdownMenuGroup>
              </Fragment>
            ))}
            {mayCreate && (
              <>
                <DropdownMenuSeparator />
                <DropdownMenuItem onSelect={() => setCreating(true)}>
                  <Plus aria-hidden /> Create workspace
                </DropdownMenuItem>
              </>
            )}
          </DropdownMenuContent>
        </DropdownMenu>
        {mayCreate && (
          <Link
            href={`/agency/${workspace.organization.id}`}
            aria-label="Agency overview: all clients"
            title="Agency overview: all clients"
            className="flex w-10 shrink-0 items-center justify-center rounded-xl border border-zinc-200 bg-white text-zinc-500 shadow-xs hover:border-zinc-300 hover:bg-zinc-50 hover:text-zinc-800"
          >
            <LayoutDashboard aria-hidden className="size-4" />
          </Link>
        )}
      </div>
      {mayCreate && (
        <CreateWorkspaceDialog
          open={creating}
          onOpenChange={setCreating}
          organizationId={workspace.organization.id}
          organizationName={workspace.organization.name}
        />
      )}
    </>
  );
}
