import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { homePath } from "@/lib/safe-redirect";
import { ProductPreview } from "./product-preview";

export function Hero({ signedIn }: { signedIn: boolean }) {
  return (
    <section className="relative overflow-hidden">
      <div aria-hidden className="absolute inset-x-0 top-0 -z-0 h-[560px] bg-[radial-gradient(50%_60%_at_50%_0%,var(--color-brand-100),transparent)]" />
      <div aria-hidden className="absolute inset-x-0 top-0 h-[560px] bg-[linear-gradient(to_right,rgb(24_24_27/0.04)_1px,transparent_1px),linear-gradient(to_bottom,rgb(24_24_27/0.04)_1px,transparent_1px)] bg-[size:48px_48px] [mask-image:radial-gradient(ellipse_60%_70%_at_50%_0%,black,transparent)]" />
      <div className="relative mx-auto max-w-6xl px-6 pt-20 pb-16 text-center sm:pt-28">
        <a
          href="#loop"
          className="inline-flex items-center gap-2 rounded-full border border-brand-200 bg-white/80 px-3 py-1 text-[13px] font-medium text-brand-700 shadow-xs backdrop-blur transition hover:border-brand-300"
        >
          <span className="rounded-full bg-brand-600 px-1.5 py-px text-[11px] font-semibold text-white">New</span>
          Generate → review → publish → learn<span className="hidden sm:inline">, in one place</span>
          <ArrowRight aria-hidden className="size-3.5" />
        </a>
        <h1 className="mx-auto mt-7 max-w-4xl text-[42px] leading-[1.05] font-semibold tracking-[-0.035em] text-balance text-zinc-950 sm:text-6xl lg:text-[68px]">
          Content that sounds like you, on every channel, every week.
        </h1>
        <p className="mx-auto mt-6 max-w-2xl text-lg leading-8 text-pretty text-zinc-600">
          Loomcast drafts posts and articles in your brand voice, routes them to the right people for approval,
          publishes them on schedule — and learns from every result what to write next.
        </p>
        <div className="mt-10 flex flex-wrap items-center justify-center gap-3">
          {signedIn ? (
            <Button asChild size="lg">
              <Link href={homePath}>
                Go to your workspace <ArrowRight aria-hidden />
              </Link>
            </Button>
          ) : (
            <Button asChild size="lg">
              <Link href="/sign-up">
                Start your free trial <ArrowRight aria-hidden />
              </Link>
            </Button>
          )}
          <Button asChild size="lg" variant="secondary">
            <a href="#pricing">See pricing</a>
          </Button>
        </div>
        <p className="mt-4 text-[13px] text-zinc-500">14 days free · No card needed · Cancel any time</p>
      </div>
      <div className="relative mx-auto max-w-6xl px-6 pb-24">
        <ProductPreview />
      </div>
    </section>
  );
}
