import { Check, Circle, CircleDot } from "lucide-react";
import { cn } from "@/lib/utils";
import type { ApprovalRecord, NextStep, PolicyStep } from "./types";

/**
 * The approval steps for the version on screen, in order: "Step 1 of 2: Editor — approved by Ana",
 * "Step 2 of 2: Client — waiting". The state is in words; the icons only decorate.
 */
export function StepProgress({ steps, approvals, versionNumber, next }: { steps: PolicyStep[]; approvals: ApprovalRecord[]; versionNumber: number; next: NextStep | null }) {
  const live = approvals.filter((a) => a.versionNumber === versionNumber && !a.voidedAt && a.decision === "approved");
  return (
    <ol aria-label="Approval steps" className="flex flex-wrap items-center gap-x-2 gap-y-2 text-sm">
      {steps.map((step, i) => {
        const number = i + 1;
        const done = live.find((a) => a.step === number);
        const current = next?.number === number;
        return (
          <li key={number} className="flex items-center gap-2">
            {i > 0 && <span aria-hidden className="h-px w-6 bg-zinc-300" />}
            <span
              className={cn(
                "inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1",
                done ? "border-emerald-200 bg-emerald-50 text-emerald-800" : current ? "border-amber-300 bg-amber-50 text-amber-900" : "border-zinc-200 bg-white text-zinc-500",
              )}
            >
              {done ? <Check aria-hidden className="size-3.5" /> : current ? <CircleDot aria-hidden className="size-3.5" /> : <Circle aria-hidden className="size-3.5" />}
              <span>
                Step {number} of {steps.length}: <span className="font-medium">{step.name}</span>
                {step.kind === "client" && <span className="text-xs"> (client)</span>}
                {" — "}
                {done ? `approved by ${done.actorLabel}` : current ? "waiting" : "later"}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
