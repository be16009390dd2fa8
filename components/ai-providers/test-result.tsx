import { CircleCheck, CircleX } from "lucide-react";
import type { TestResult as Result } from "@/server/ai-providers/test-ai-provider";
import { cn } from "@/lib/utils";

/** The outcome of "Test", inline under the provider. */
export function TestResult({ result, className }: { result: Result; className?: string }) {
  const Icon = result.ok ? CircleCheck : CircleX;
  return (
    <p className={cn("flex items-start gap-2 rounded-lg px-3 py-2 text-[13px] leading-5", result.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800", className)}>
      <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", result.ok ? "text-emerald-600" : "text-red-600")} />
      <span>
        <span className="font-medium">{result.ok ? "Works. " : "Failed. "}</span>
        {result.message}
      </span>
    </p>
  );
}
