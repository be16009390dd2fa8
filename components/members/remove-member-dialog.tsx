"use client";

import { useMutation } from "@tanstack/react-query";
import { UserMinus } from "lucide-react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { useRefreshMembers } from "./use-refresh-members";

export function RemoveMemberDialog({ member }: { member: { userId: string; name: string | null; email: string } }) {
  const trpc = useTRPC();
  const { slug, workspace } = useWorkspace();
  const refresh = useRefreshMembers(slug);
  const remove = useMutation(trpc.member.remove.mutationOptions());
  const who = member.name ?? member.email;

  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm">
          Remove<span className="sr-only"> {who}</span>
        </Button>
      }
      icon={<UserMinus className="text-red-600" />}
      title={`Remove ${who}?`}
      description={`${who} loses access to ${workspace.name} right away. You can invite them again later.`}
      confirmLabel="Remove member"
      onConfirm={async () => {
        await remove.mutateAsync({ workspaceSlug: slug, userId: member.userId });
        await refresh();
        toast.success(`${who} was removed`);
      }}
    />
  );
}
