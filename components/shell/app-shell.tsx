"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { PastDueBanner } from "@/components/billing/past-due-banner";
import { ShellBrand } from "@/components/branding/shell-brand";
import { Sidebar } from "./sidebar";
import { VerifyEmailBanner } from "./verify-email-banner";
import { WorkspaceProvider } from "./workspace-context";

/** Sidebar on the left from lg up; below that a top bar whose menu button opens it as a drawer. */
export function AppShell({ workspaceSlug, children }: { workspaceSlug: string; children: ReactNode }) {
  const [drawerOpen, setDrawerOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setDrawerOpen(false), [pathname]);

  return (
    <WorkspaceProvider slug={workspaceSlug}>
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <div className="min-h-screen lg:pl-64">
        <aside className="fixed inset-y-0 left-0 z-30 hidden w-64 border-r border-zinc-200/80 bg-white lg:block">
          <Sidebar />
        </aside>

        <DialogPrimitive.Root open={drawerOpen} onOpenChange={setDrawerOpen}>
          <div className="sticky top-0 z-20 flex h-14 items-center justify-between border-b border-zinc-200/80 bg-white/90 px-4 backdrop-blur lg:hidden">
            <ShellBrand />
            <DialogPrimitive.Trigger
              aria-label="Open navigation"
              className="rounded-lg p-2 text-zinc-600 hover:bg-zinc-100"
            >
              <Menu aria-hidden className="size-5" />
            </DialogPrimitive.Trigger>
          </div>
          <DialogPrimitive.Portal>
            <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 lg:hidden" />
            <DialogPrimitive.Content className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] bg-white shadow-2xl focus:outline-none lg:hidden">
              <DialogPrimitive.Title className="sr-only">Navigation</DialogPrimitive.Title>
              <DialogPrimitive.Description className="sr-only">Workspace navigation and account</DialogPrimitive.Description>
              <DialogPrimitive.Close
                aria-label="Close navigation"
                className="absolute top-3.5 right-3 z-10 rounded-lg p-1.5 text-zinc-500 hover:bg-zinc-100"
              >
                <X aria-hidden className="size-4" />
              </DialogPrimitive.Close>
              <Sidebar />
            </DialogPrimitive.Content>
          </DialogPrimitive.Portal>
        </DialogPrimitive.Root>

        <div className="flex min-h-screen flex-col">
          <VerifyEmailBanner />
          <PastDueBanner />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-8 lg:py-10">
            {children}
          </main>
        </div>
      </div>
    </WorkspaceProvider>
  );
}
