import Link from "next/link";
import type { ReactNode } from "react";
import { BrandMark } from "@/components/branding/brand-mark";
import { BrandTheme } from "@/components/branding/brand-theme";
import { SignOutButton } from "@/components/shell/sign-out-button";
import type { Branding } from "@/lib/branding/defaults";

/** Pages above the workspaces (the agency overview): the brand, a way back, and the content. */
export function AgencyFrame({ branding, title, children }: { branding: Branding; title: string; children: ReactNode }) {
  return (
    <div className="min-h-screen bg-zinc-50">
      <BrandTheme branding={branding} />
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4 sm:px-8">
          <Link href="/workspaces" className="rounded-lg">
            <BrandMark branding={branding} />
          </Link>
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-8 lg:py-10">
        <h1 className="mb-6 text-2xl font-semibold tracking-tight text-zinc-950">{title}</h1>
        {children}
      </main>
    </div>
  );
}
