"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RotateCcw } from "lucide-react";
import { useState, type ReactNode } from "react";
import { useWorkspaceSlug } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

/**
 * Asks before restoring an older version. Restoring adds a new version with the old content;
 * nothing in the history is removed. Unsaved edits in the editor are dropped (said up front).
 */
export function RestoreVersionDialog({
  version,
  latest,
  hasUnsavedChanges,
  onRestored,
  trigger,
}: {
  version: number;
  latest: number;
  hasUnsavedChanges: boolean;
  onRestored: () => void | Promise<void>;
  trigger: ReactNode;
}) {
  const trpc = useTRPC();
  const slug = useWorkspaceSlug();
  const queryClient = useQueryClient();
  const restore = useMutation(trpc.brand.restore.mutationOptions());
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      const result = await restore.mutateAsync({ workspaceSlug: slug, version });
      await queryClient.invalidateQueries({ queryKey: trpc.brand.pathKey() });
      await onRestored();
      setOpen(false);
      if (result.created) toast.success(`Restored version ${version} as version ${result.version}`, "New drafts use it from now on.");
      else toast(`Version ${version} is already the current content`, { description: "Nothing changed." });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="sm" role="alertdialog">
        <DialogHeader
          icon={<RotateCcw />}
          title={`Restore version ${version}?`}
          description={`Its content becomes version ${latest + 1}, the brand book Loomcast writes with. Every version stays in the history, so you can go back again.`}
        />
        {hasUnsavedChanges && (
          <Alert tone="warning" className="mb-1">
            Your unsaved changes in the editor will be discarded.
          </Alert>
        )}
        {error && <Alert tone="danger">{error}</Alert>}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button loading={restore.isPending} onClick={confirm}>
            Restore version {version}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
