import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";

const tabs = [
  { href: "/account", label: "Password and account" },
  { href: "/account/sessions", label: "Sessions" },
] as const;

/** The user's own account pages (outside any workspace): a way back, tabs, and the content. */
export function AccountFrame({ current, title, description, children }: { current: (typeof tabs)[number]["href"]; title: string; description: string; children: ReactNode }) {
  return (
    <div className="min-h-screen bg-zinc-50">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex h-14 max-w-3xl items-center justify-between gap-4 px-4 sm:px-8">
          <Link href="/workspaces" className="flex items-center gap-2 rounded-lg text-sm font-medium text-zinc-600 hover:text-zinc-900">
            <ArrowLeft aria-hidden className="size-4" /> <Logo />
          </Link>
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-8 lg:py-10">
        <h1 className="text-2xl font-semibold tracking-tight text-zinc-950">{title}</h1>
        <p className="mt-1.5 text-[15px] text-zinc-500">{description}</p>
        <nav aria-label="Account" className="mt-6 mb-8 flex gap-1 border-b border-zinc-200">
          {tabs.map((tab) => (
            <Link
              key={tab.href}
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-zinc-500 hover:text-zinc-900 aria-[current=page]:border-brand-600 aria-[current=page]:text-zinc-950"
            >
              {tab.label}
            </Link>
          ))}
        </nav>
        <div className="space-y-8">{children}</div>
      </main>
    </div>
  );
}
