import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { homePath } from "@/lib/safe-redirect";

export function FinalCta({ signedIn }: { signedIn: boolean }) {
  return (
    <section className="px-6 py-24">
      <div className="relative mx-auto max-w-5xl overflow-hidden rounded-3xl bg-brand-950 px-8 py-16 text-center sm:px-16">
        <div aria-hidden className="absolute inset-0 bg-[radial-gradient(50%_80%_at_50%_0%,oklch(0.511_0.262_276.97/0.6),transparent)]" />
        <div className="relative">
          <h2 className="text-3xl font-semibold tracking-tight text-white sm:text-4xl">Your next month of content, drafted by Friday</h2>
          <p className="mx-auto mt-4 max-w-xl text-lg leading-8 text-brand-100">
            Set up your brand in two minutes, invite your reviewers, and let the loop start learning.
          </p>
          <Button asChild size="lg" className="mt-8 bg-white text-zinc-950 hover:bg-brand-50">
            <Link href={signedIn ? homePath : "/sign-up"}>
              {signedIn ? "Open your workspace" : "Create your account"} <ArrowRight aria-hidden />
            </Link>
          </Button>
        </div>
      </div>
    </section>
  );
}
