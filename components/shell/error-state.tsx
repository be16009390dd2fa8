"use client";

import { RotateCcw, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";

/** What an error boundary shows: what happened, a retry, and a reference for support. */
export function ErrorState({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-center px-6 py-20 text-center">
      <div className="flex size-12 items-center justify-center rounded-2xl border border-red-100 bg-red-50 text-red-600">
        <TriangleAlert aria-hidden className="size-6" />
      </div>
      <h1 className="mt-6 text-2xl font-semibold tracking-tight text-zinc-950">Something went wrong</h1>
      <p className="mt-3 max-w-md text-[15px] leading-6 text-zinc-500">
        We couldn&apos;t load this page. Please try again — if it keeps happening, contact support
        {digest ? " and mention the reference below" : ""}.
      </p>
      <Button className="mt-8" onClick={onRetry}>
        <RotateCcw aria-hidden /> Try again
      </Button>
      {digest && <p className="mt-6 font-mono text-xs text-zinc-400">Reference: {digest}</p>}
    </div>
  );
}
