"use client";

import { useMutation } from "@tanstack/react-query";
import { DoorOpen } from "lucide-react";
import { useRouter } from "next/navigation";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { homePath } from "@/lib/safe-redirect";
import { useTRPC } from "@/lib/trpc/client";

export function LeaveWorkspaceDialog() {
  const trpc = useTRPC();
  const router = useRouter();
  const { slug, workspace } = useWorkspace();
  const leave = useMutation(trpc.member.leave.mutationOptions());

  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          Leave
        </Button>
      }
      icon={<DoorOpen className="text-red-600" />}
      title={`Leave ${workspace.name}?`}
      description="You lose access to its content and settings. To come back, someone has to invite you again."
      confirmLabel="Leave workspace"
      onConfirm={async () => {
        await leave.mutateAsync({ workspaceSlug: slug });
        toast.success(`You left ${workspace.name}`);
        router.replace(homePath);
        router.refresh();
      }}
    />
  );
}
