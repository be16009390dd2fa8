"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";

/** Refreshes what a membership change affects: the member list, the invitations and the counts. */
export function useRefreshMembers(slug: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey({ workspaceSlug: slug }) }),
      queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey({ workspaceSlug: slug }) }),
      queryClient.invalidateQueries({ queryKey: trpc.workspace.get.queryKey({ workspaceSlug: slug }) }),
    ]);
}
