"use client";

import { Radio, WifiOff } from "lucide-react";
import { useMemo } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { CancelRunButton } from "./cancel-run-button";
import { stepTitle as stageName } from "@/lib/generation/stage-labels";
import { stepOf, type ProgressStepId } from "./content-labels";
import { RunLog } from "./run-log";
import { StageStepper, stepStates } from "./stage-stepper";
import { useRunProgress } from "./use-run-progress";

interface RunSummary {
  id: string;
  status: string;
  stage: string | null;
  percent: number;
}

/** A running generation, live: the stage stepper, a progress bar and the log, fed by SSE. */
export function ProgressPanel({ run, onEnd }: { run: RunSummary; onEnd: () => Promise<unknown> }) {
  const { slug, can } = useWorkspace();
  const progress = useRunProgress(slug, run.id, () => void onEnd());
  const latest = progress.latest;
  // The log replays from the start; the bar never moves back while it catches up.
  const percent = Math.max(run.percent, ...progress.events.map((e) => e.percent));
  const stage = latest ? ([...progress.events].reverse().find((e) => e.stage)?.stage ?? run.stage) : run.stage;

  const states = useMemo(() => {
    const reached = new Set<ProgressStepId>();
    for (const e of progress.events) {
      const step = stepOf(e.stage);
      if (step) reached.add(step);
    }
    const current = stepOf(run.stage);
    if (current) reached.add(current);
    return stepStates(reached, "running", null);
  }, [progress.events, run.stage]);

  const queued = (latest?.runStatus ?? run.status) === "queued";
  return (
    <Card aria-labelledby="progress-title">
      <CardHeader
        title={<span id="progress-title">{queued ? "Waiting for a worker" : "Generating"}</span>}
        description={queued ? "The run is queued; it starts as soon as a worker is free." : `Now: ${stageName(stage)}`}
        actions={
          <>
            <ConnectionBadge connection={progress.connection} />
            {can("content.create") && <CancelRunButton runId={run.id} onCancelled={onEnd} />}
          </>
        }
      />
      <CardBody className="space-y-6">
        <StageStepper states={states} />
        <div className="space-y-2">
          <div className="flex items-baseline justify-between text-sm">
            <span id="progress-label" className="font-medium text-zinc-800">
              Progress
            </span>
            <span className="tabular-nums text-zinc-600" aria-hidden>
              {percent} %
            </span>
          </div>
          <div
            role="progressbar"
            aria-labelledby="progress-label"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent} percent, ${stageName(stage)}`}
            className="h-2.5 overflow-hidden rounded-full bg-zinc-100"
          >
            <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500 ease-out" style={{ width: `${percent}%` }} />
          </div>
        </div>
        <RunLog events={progress.events} />
        {progress.error && <p className="text-sm text-red-700">Live updates stopped: {progress.error} Reload the page to try again.</p>}
      </CardBody>
    </Card>
  );
}

function ConnectionBadge({ connection }: { connection: string }) {
  if (connection === "reconnecting" || connection === "error") {
    return (
      <span className="inline-flex items-center gap-1.5 text-xs font-medium text-amber-700">
        <WifiOff aria-hidden className="size-3.5" /> {connection === "error" ? "Disconnected" : "Reconnecting…"}
      </span>
    );
  }
  if (connection === "connecting") {
    return (
      <span className="inline-flex items-center gap-1.5 text-xs text-zinc-500">
        <Spinner className="size-3.5" label={null} /> Connecting…
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1.5 text-xs font-medium text-emerald-700">
      <Radio aria-hidden className="size-3.5" /> Live
    </span>
  );
}
