"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { CircleAlert, RotateCcw } from "lucide-react";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter } from "@/components/ui/card";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { stepTitle as stageName } from "@/lib/generation/stage-labels";
import { RunLog } from "./run-log";

interface FailedRun {
  id: string;
  status: string;
  stage: string | null;
  retryable: boolean;
  error: { stage: string; message: string; cause: string; retryable: boolean } | null;
}

/** What went wrong, the likely cause, and a one-click retry from the stage that failed. */
export function FailurePanel({ run, onRetried }: { run: FailedRun; onRetried: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const { slug, can } = useWorkspace();
  const retry = useMutation(trpc.content.retryRun.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const detail = useQuery(trpc.content.run.queryOptions({ workspaceSlug: slug, runId: run.id }));
  const stage = run.error?.stage ?? run.stage;
  const timedOut = run.status === "timed_out";

  async function onRetry() {
    setError(null);
    try {
      const result = await retry.mutateAsync({ workspaceSlug: slug, runId: run.id });
      toast.success("Retrying", `Picking up from ${result.fromStage}; finished stages are not repeated.`);
      await onRetried();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Card className="border-red-200" role="region" aria-labelledby="failure-title">
      <CardBody className="flex gap-4">
        <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-red-50 text-red-600">
          <CircleAlert aria-hidden className="size-5" />
        </span>
        <div className="min-w-0 flex-1 space-y-3">
          <h2 id="failure-title" className="text-[15px] font-semibold text-zinc-950">
            {timedOut ? "Generation timed out" : "Generation failed"}
            {stage ? ` at ${stageName(stage)}` : ""}
          </h2>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[140px_1fr]">
            <dt className="text-zinc-500">What went wrong</dt>
            <dd className="text-zinc-900">{run.error?.message ?? "The run stopped before it finished."}</dd>
            <dt className="text-zinc-500">Likely cause</dt>
            <dd className="text-zinc-900">{run.error?.cause ?? "Unknown."}</dd>
          </dl>
          {detail.data && detail.data.events.length > 0 && (
            <details className="group text-sm">
              <summary className="cursor-pointer font-medium text-zinc-700 hover:text-zinc-950">Show the run log</summary>
              <div className="mt-3">
                <RunLog events={detail.data.events.map((e) => ({ ...e, runStatus: run.status }))} />
              </div>
            </details>
          )}
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
        </div>
      </CardBody>
      {can("content.create") && run.retryable && (
        <CardFooter>
          <p className="text-[13px] text-zinc-500">
            {run.error?.retryable === false ? "A retry may fail the same way until the cause is fixed." : "Finished stages are kept; only what failed runs again."}
          </p>
          <Button onClick={onRetry} loading={retry.isPending}>
            <RotateCcw aria-hidden /> Retry from {stageName(stage).toLowerCase()}
          </Button>
        </CardFooter>
      )}
    </Card>
  );
}
