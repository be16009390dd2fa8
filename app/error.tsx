"use client";

import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { ErrorState } from "@/components/shell/error-state";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <header className="px-6 py-6 sm:px-10">
        <Link href="/" aria-label="Loomcast home" className="inline-block rounded-lg">
          <Logo />
        </Link>
      </header>
      <main className="flex flex-1 items-center justify-center pb-24">
        <ErrorState digest={error.digest} onRetry={reset} />
      </main>
    </div>
  );
}
