"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { createContext, useContext, type ReactNode } from "react";
import { useTRPC } from "@/lib/trpc/client";
import type { Permission } from "@/lib/workspaces/permissions";

const SlugContext = createContext<string | null>(null);

export function WorkspaceProvider({ slug, children }: { slug: string; children: ReactNode }) {
  return <SlugContext.Provider value={slug}>{children}</SlugContext.Provider>;
}

export function useWorkspaceSlug(): string {
  const slug = useContext(SlugContext);
  if (!slug) throw new Error("useWorkspaceSlug must be used inside a workspace page");
  return slug;
}

/** The current workspace (loaded by the layout on the server) and what the user may do there. */
export function useWorkspace() {
  const trpc = useTRPC();
  const slug = useWorkspaceSlug();
  const { data } = useSuspenseQuery(trpc.workspace.get.queryOptions({ workspaceSlug: slug }));
  const can = (permission: Permission) => data.permissions.includes(permission);
  return { workspace: data, slug, can };
}
