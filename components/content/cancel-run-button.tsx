"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleStop } from "lucide-react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";

export function CancelRunButton({ runId, onCancelled }: { runId: string; onCancelled: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const cancel = useMutation(trpc.content.cancelRun.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" size="sm">
          <CircleStop aria-hidden /> Cancel
        </Button>
      }
      icon={<CircleStop className="text-red-600" />}
      title="Cancel this generation?"
      description="The run stops now and no later stage runs. What was written so far stays in the history; to try again you request the content anew."
      confirmLabel="Cancel generation"
      onConfirm={async () => {
        await cancel.mutateAsync({ workspaceSlug: slug, runId });
        await onCancelled();
        toast.success("Generation cancelled");
      }}
    />
  );
}
