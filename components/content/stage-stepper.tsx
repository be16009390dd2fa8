import { Check, X } from "lucide-react";
import { cn } from "@/lib/utils";
import { progressSteps, type ProgressStepId } from "./content-labels";

export type StepState = "done" | "current" | "waiting" | "failed";

/**
 * The pipeline as a row of steps. `reached` are the steps that have started (from the events),
 * in pipeline order; the furthest one is current (SEO and image run side by side, so both are).
 */
export function stepStates(reached: ReadonlySet<ProgressStepId>, outcome: "running" | "succeeded" | "failed" | "stopped", failedStep: ProgressStepId | null) {
  const order = progressSteps.map((s) => s.id);
  const furthest = Math.max(-1, ...[...reached].map((id) => order.indexOf(id)));
  const parallel = new Set<ProgressStepId>(["seo", "image"]);
  return Object.fromEntries(
    order.map((id, index): [ProgressStepId, StepState] => {
      if (outcome === "succeeded") return [id, "done"];
      if (failedStep === id && outcome !== "running") return [id, "failed"];
      if (index < furthest && !(parallel.has(id) && parallel.has(order[furthest]!) && outcome === "running")) return [id, "done"];
      if (index === furthest || (parallel.has(id) && reached.has(id) && outcome === "running")) return [id, outcome === "running" ? "current" : "waiting"];
      return [id, "waiting"];
    }),
  ) as Record<ProgressStepId, StepState>;
}

export function StageStepper({ states }: { states: Record<ProgressStepId, StepState> }) {
  return (
    <ol aria-label="Stages" className="grid grid-cols-3 gap-x-2 gap-y-4 sm:grid-cols-6">
      {progressSteps.map((step, index) => {
        const state = states[step.id];
        return (
          <li key={step.id} aria-current={state === "current" ? "step" : undefined} className="flex min-w-0 flex-col items-center gap-2 text-center">
            <span
              className={cn(
                "flex size-8 items-center justify-center rounded-full border text-xs font-semibold transition-colors",
                state === "done" && "border-brand-600 bg-brand-600 text-white",
                state === "current" && "border-brand-500 bg-brand-50 text-brand-700 ring-4 ring-brand-500/15",
                state === "waiting" && "border-zinc-200 bg-white text-zinc-400",
                state === "failed" && "border-red-500 bg-red-50 text-red-600",
              )}
            >
              {state === "done" ? <Check aria-hidden className="size-4" /> : state === "failed" ? <X aria-hidden className="size-4" /> : index + 1}
            </span>
            <span
              className={cn(
                "truncate text-[13px] font-medium",
                state === "current" ? "text-brand-700" : state === "failed" ? "text-red-700" : state === "done" ? "text-zinc-800" : "text-zinc-400",
              )}
            >
              {step.label}
              <span className="sr-only">
                {state === "done" ? " (done)" : state === "current" ? " (in progress)" : state === "failed" ? " (failed)" : " (waiting)"}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
