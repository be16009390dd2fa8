"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useWorkspaceSlug } from "@/components/shell/workspace-context";
import { useTRPC } from "@/lib/trpc/client";

/** The current workspace's branding (prefetched by the workspace layout). */
export function useBranding() {
  const trpc = useTRPC();
  const slug = useWorkspaceSlug();
  return useSuspenseQuery(trpc.branding.get.queryOptions({ workspaceSlug: slug })).data;
}
