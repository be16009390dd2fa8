"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { BookOpen, Building2, Server } from "lucide-react";
import type { ReactNode } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";

function Step({ n, icon, title, active, children }: { n: number; icon: ReactNode; title: ReactNode; active: boolean; children: ReactNode }) {
  return (
    <li className="relative flex gap-3">
      <span
        className={cn(
          "flex size-7 shrink-0 items-center justify-center rounded-full border text-xs font-semibold [&_svg]:size-3.5",
          active ? "border-brand-200 bg-brand-50 text-brand-700" : "border-zinc-200 bg-zinc-50 text-zinc-400",
        )}
      >
        <span className="sr-only">Step {n}</span>
        {icon}
      </span>
      <div className="min-w-0 pb-1 text-[13px] leading-5 text-zinc-600">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-zinc-900">{title}</p>
        <div className="mt-1">{children}</div>
      </div>
    </li>
  );
}

/** Explains the order generation follows, with what is configured at each step right now. */
export function ChainPanel() {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const { data: status } = useSuspenseQuery(trpc.aiProvider.status.queryOptions({ workspaceSlug: slug }));
  const usable = status.workspace.filter((p) => p.usable);
  const broken = status.workspace.filter((p) => !p.usable);

  return (
    <Card className="h-fit">
      <CardHeader title="How a model is chosen" description="Every generation stage walks this list and uses the first provider that answers." />
      <CardBody className="space-y-5">
        {status.noUsableProvider && (
          <Alert tone="warning" title="No provider can be used">
            Runs will fail until a provider is fixed: {status.workspace.map((p) => `${p.label}: ${p.problem}`).join("; ")}.
          </Alert>
        )}
        <ol className="space-y-4">
          <Step n={1} icon={<Building2 aria-hidden />} active={usable.length > 0} title={<>This workspace&apos;s providers {usable.length > 0 && <Badge tone="brand">{usable.length} in use</Badge>}</>}>
            {status.workspace.length > 0
              ? "In the order of the fallback chain. Providers that are off are skipped."
              : status.disabledCount > 0
                ? "All of them are off right now."
                : "None yet."}
            {broken.length > 0 && !status.noUsableProvider && (
              <p className="mt-1 text-amber-800">Skipped because they cannot be used: {broken.map((p) => `${p.label}: ${p.problem}`).join("; ")}.</p>
            )}
          </Step>
          <Step n={2} icon={<Server aria-hidden />} active={status.global.length > 0} title="Server-wide providers">
            {status.global.length > 0 ? (
              <ul className="space-y-0.5">
                {status.global.map((g) => (
                  <li key={g.kind}>
                    {g.name} <span className="font-mono text-zinc-500">· {g.model}</span>
                  </li>
                ))}
              </ul>
            ) : (
              "None are configured on this server."
            )}
            <p className="mt-1 text-zinc-500">Set by whoever runs Loomcast, shared by every workspace.</p>
          </Step>
          <Step
            n={3}
            icon={<BookOpen aria-hidden />}
            active={status.offline}
            title={<>Offline writer {status.offline ? <Badge tone="warning">In use now</Badge> : <Badge tone="muted">Standby</Badge>}</>}
          >
            Only when nothing above is configured. It is not AI: it composes structured drafts from your brand book and the request, and they are
            labelled as such in review.
          </Step>
        </ol>
      </CardBody>
    </Card>
  );
}
