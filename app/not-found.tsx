import { ArrowLeft, Compass } from "lucide-react";
import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { Button } from "@/components/ui/button";
import { homePath } from "@/lib/safe-redirect";

export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <header className="px-6 py-6 sm:px-10">
        <Link href="/" aria-label="Loomcast home" className="inline-block rounded-lg">
          <Logo />
        </Link>
      </header>
      <main className="flex flex-1 flex-col items-center justify-center px-6 pb-24 text-center">
        <div className="flex size-12 items-center justify-center rounded-2xl border border-zinc-200 bg-zinc-50 text-zinc-500">
          <Compass aria-hidden className="size-6" />
        </div>
        <p className="mt-6 text-sm font-semibold text-brand-600">404</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-zinc-950">Page not found</h1>
        <p className="mt-3 max-w-md text-[15px] leading-6 text-zinc-500">
          This page could not be found. It may have moved, or it belongs to a workspace you&apos;re not a member of.
        </p>
        <div className="mt-8 flex flex-wrap justify-center gap-3">
          <Button asChild variant="secondary">
            <Link href="/">
              <ArrowLeft aria-hidden /> Home
            </Link>
          </Button>
          <Button asChild>
            <Link href={homePath}>Go to your workspace</Link>
          </Button>
        </div>
      </main>
    </div>
  );
}
