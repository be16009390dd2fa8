"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RotateCcw } from "lucide-react";
import { useState } from "react";
import { stepTitle as stageName } from "@/lib/generation/stage-labels";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

/** Retries a failed run from the stage that failed (finished stages are kept), then refreshes the item. */
export function RetryStageButton({ runId, stage, contentItemId }: { runId: string; stage: string | null; contentItemId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = useWorkspace();
  const retry = useMutation(trpc.content.retryRun.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  async function onRetry() {
    setError(null);
    try {
      const result = await retry.mutateAsync({ workspaceSlug: slug, runId });
      toast.success("Retrying", `Picking up from ${result.fromStage}; finished stages are not repeated.`);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.content.get.queryKey({ workspaceSlug: slug, contentItemId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.timeline.forItem.queryKey({ workspaceSlug: slug, contentItemId }) }),
      ]);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <Button size="sm" variant="secondary" onClick={onRetry} loading={retry.isPending}>
        <RotateCcw aria-hidden /> Retry from {stageName(stage).toLowerCase()}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
