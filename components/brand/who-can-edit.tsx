"use client";

import { useQuery } from "@tanstack/react-query";
import { useWorkspaceSlug } from "@/components/shell/workspace-context";
import { useTRPC } from "@/lib/trpc/client";
import { roleLabels } from "@/lib/workspaces/permissions";

/** "Only owners and admins can change it — ask Ana (Owner) or Ben (Admin)." */
export function WhoCanEdit({ what = "the brand voice" }: { what?: string }) {
  const trpc = useTRPC();
  const slug = useWorkspaceSlug();
  const members = useQuery(trpc.member.list.queryOptions({ workspaceSlug: slug }));
  const editors = (members.data ?? []).filter((m) => m.role === "owner" || m.role === "admin").slice(0, 3);
  const names = editors.map((m) => `${m.name ?? m.email} (${roleLabels[m.role].label})`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}` : names[0];
  return (
    <>
      Only owners and admins can change {what}
      {list ? <> — ask {list}.</> : "."}
    </>
  );
}
