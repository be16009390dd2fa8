import Link from "next/link";
import { Logo } from "@/components/ui/logo";

export function MarketingFooter() {
  return (
    <footer className="border-t border-zinc-200/70 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-6 py-10 sm:flex-row sm:items-center sm:justify-between">
        <div className="space-y-2">
          <Logo markClassName="size-6" />
          <p className="text-[13px] text-zinc-500">On-brand content, approved by people, better every week.</p>
        </div>
        <nav aria-label="Footer" className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-zinc-600">
          <a href="#pricing" className="hover:text-zinc-950">Pricing</a>
          <Link href="/sign-up" className="hover:text-zinc-950">Create account</Link>
          <a href="mailto:support@loomcast.app" className="hover:text-zinc-950">Support</a>
        </nav>
      </div>
      <div className="mx-auto max-w-6xl px-6 pb-8 text-xs text-zinc-400">© {new Date().getFullYear()} Loomcast. All rights reserved.</div>
    </footer>
  );
}
