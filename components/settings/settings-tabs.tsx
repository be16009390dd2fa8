"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useWorkspace } from "@/components/shell/workspace-context";
import { cn } from "@/lib/utils";

/** The settings sections, as links (each is its own page). */
export function SettingsTabs() {
  const { slug, workspace } = useWorkspace();
  const agencyStaff = workspace.organization.role === "owner" || workspace.organization.role === "admin";
  const pathname = usePathname();
  const tabs = [
    { label: "General", href: `/${slug}/settings` },
    { label: "AI providers", href: `/${slug}/settings/ai` },
    { label: "Review", href: `/${slug}/settings/review` },
    { label: "Billing", href: `/${slug}/settings/billing` },
    ...(agencyStaff ? [{ label: "Branding", href: `/${slug}/settings/branding` }] : []),
    { label: "Domains", href: `/${slug}/settings/domains` },
  ];
  return (
    <nav aria-label="Settings sections" className="mb-6 border-b border-zinc-200">
      <ul className="-mb-px flex gap-6">
        {tabs.map((tab) => {
          const active = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-10 items-center border-b-2 text-sm font-medium transition-colors",
                  active ? "border-brand-600 text-zinc-950" : "border-transparent text-zinc-500 hover:border-zinc-300 hover:text-zinc-800",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
