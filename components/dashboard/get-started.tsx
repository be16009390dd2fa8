"use client";

import { ArrowRight, Check } from "lucide-react";
import Link from "next/link";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/lib/utils";

interface Step {
  title: string;
  description: string;
  done: boolean;
  href?: string;
  cta?: string;
}

/** The first run through the loop, as a checklist. Steps whose feature ships later say so. */
export function GetStarted({ className }: { className?: string }) {
  const { workspace, slug, can } = useWorkspace();
  const steps: Step[] = [
    {
      title: "Set up your brand",
      description: workspace.website ? `${workspace.name} · ${workspace.website.replace(/^https?:\/\//, "")}` : "Name and website",
      done: true,
      href: can("workspace.manage") ? `/${slug}/settings` : undefined,
      cta: "Edit",
    },
    {
      title: "Describe your brand voice",
      description: "Tone, audience and words you never use.",
      done: workspace.counts.brandVersions > 0,
      href: `/${slug}/brand`,
      cta: workspace.counts.brandVersions > 0 ? "Edit" : "Describe",
    },
    { title: "Connect a channel", description: "Your blog, LinkedIn, X, Instagram and more.", done: false },
    {
      title: "Generate your first post",
      description: "A draft in your voice, ready for review.",
      done: workspace.counts.contentItems > 0,
      href: can("content.create") ? `/${slug}/content/new` : `/${slug}/content`,
      cta: workspace.counts.contentItems > 0 ? "Open" : "Generate",
    },
    {
      title: "Invite your team",
      description: "Reviewers approve before anything goes out.",
      done: workspace.counts.members > 1,
      href: `/${slug}/members`,
      cta: "Invite",
    },
  ];
  const done = steps.filter((s) => s.done).length;

  return (
    <Card className={className}>
      <CardHeader
        title="Get started"
        description="Five steps from a blank workspace to your first published post."
        actions={
          <span className="text-[13px] font-medium text-zinc-500 tabular-nums">
            {done} of {steps.length} done
          </span>
        }
      />
      <div className="px-5 pt-4 sm:px-6">
        <div
          role="progressbar"
          aria-label="Setup progress"
          aria-valuemin={0}
          aria-valuemax={steps.length}
          aria-valuenow={done}
          className="h-1.5 overflow-hidden rounded-full bg-zinc-100"
        >
          <div className="h-full rounded-full bg-brand-500 transition-all" style={{ width: `${(done / steps.length) * 100}%` }} />
        </div>
      </div>
      <ol className="mt-3 divide-y divide-zinc-100 px-2 pb-2">
        {steps.map((step, index) => (
          <li key={step.title} className="flex items-center gap-4 rounded-xl px-3 py-3.5 sm:px-4">
            <span
              className={cn(
                "flex size-7 shrink-0 items-center justify-center rounded-full text-xs font-semibold",
                step.done ? "bg-emerald-500 text-white" : "border border-zinc-200 bg-white text-zinc-500",
              )}
            >
              {step.done ? <Check aria-label="Done" className="size-4" /> : index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <p className={cn("text-sm font-medium", step.done ? "text-zinc-500" : "text-zinc-900")}>{step.title}</p>
              <p className="truncate text-[13px] text-zinc-500">{step.description}</p>
            </div>
            {step.href && !(step.done && step.cta === "Invite") ? (
              <Link
                href={step.href}
                className="inline-flex shrink-0 items-center gap-1 rounded-lg px-2.5 py-1.5 text-[13px] font-medium text-brand-700 hover:bg-brand-50"
              >
                {step.cta === "Invite" ? "Invite your team" : step.cta}
                <ArrowRight aria-hidden className="size-3.5" />
              </Link>
            ) : (
              !step.done && <Badge tone="muted">Coming soon</Badge>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
