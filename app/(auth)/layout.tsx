import Link from "next/link";
import type { ReactNode } from "react";
import { AuthShowcase } from "@/components/auth/auth-showcase";
import { Logo } from "@/components/ui/logo";

/** Split screen: the form on the left, what Loomcast does on the right (from lg up). */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid min-h-screen bg-white lg:grid-cols-[minmax(0,1fr)_minmax(0,1.05fr)]">
      <div className="flex min-h-screen flex-col px-6 py-8 sm:px-10">
        <Link href="/" aria-label="Loomcast home" className="w-fit rounded-lg">
          <Logo />
        </Link>
        <main className="mx-auto flex w-full max-w-[380px] flex-1 flex-col justify-center py-12">{children}</main>
        <footer className="flex flex-wrap gap-x-5 gap-y-2 text-[13px] text-zinc-500">
          <span>© {new Date().getFullYear()} Loomcast</span>
          <Link href="/#pricing" className="hover:text-zinc-800">
            Pricing
          </Link>
          <a href="mailto:support@loomcast.app" className="hover:text-zinc-800">
            Support
          </a>
        </footer>
      </div>
      <AuthShowcase />
    </div>
  );
}
