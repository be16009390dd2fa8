"use client";

import type { ReactNode } from "react";
import { useOptionalBranding } from "@/components/branding/branding-provider";
import { LogoMark } from "@/components/ui/logo";

/** The client page's own frame: the workspace's name on top, a quiet "via Loomcast" at the bottom, no app chrome. */
export function ClientFrame({ workspaceName, children }: { workspaceName?: string; children: ReactNode }) {
  const brand = useOptionalBranding();
  return (
    <div className="min-h-screen bg-zinc-50">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex h-14 max-w-5xl items-center gap-3 px-4 sm:px-8">
          {workspaceName ? (
            <>
              <span aria-hidden className="flex size-8 items-center justify-center rounded-lg bg-brand-600 text-sm font-semibold text-(--color-brand-foreground,white)">
                {workspaceName.trim().charAt(0).toUpperCase()}
              </span>
              <span className="font-semibold text-zinc-950">{workspaceName}</span>
              <span className="text-sm text-zinc-500">· content review</span>
            </>
          ) : (
            <span className="font-semibold text-zinc-950">Content review</span>
          )}
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-8 sm:px-8">{children}</main>
      <footer className="flex items-center justify-center gap-1.5 pb-8 text-xs text-zinc-400">
        {brand?.whiteLabel ? (
          brand.productName
        ) : (
          <>
            <LogoMark className="size-3.5" /> Review links by Loomcast
          </>
        )}
      </footer>
    </div>
  );
}
