"use client";

import { useQuery } from "@tanstack/react-query";
import { MailPlus, ShieldCheck, Users, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import { roleLabels } from "@/lib/workspaces/permissions";

function StatCard({ icon: Icon, label, value, hint }: { icon: LucideIcon; label: string; value: ReactNode; hint: ReactNode }) {
  return (
    <Card className="p-5">
      <div className="flex items-center justify-between">
        <p className="text-[13px] font-medium text-zinc-500">{label}</p>
        <span className="flex size-8 items-center justify-center rounded-lg bg-zinc-50 text-zinc-500 ring-1 ring-zinc-200/70">
          <Icon aria-hidden className="size-4" />
        </span>
      </div>
      <div className="mt-3 text-[28px] leading-8 font-semibold tracking-tight text-zinc-950 tabular-nums">{value}</div>
      <p className="mt-1 text-[13px] text-zinc-500">{hint}</p>
    </Card>
  );
}

export function StatCards() {
  const trpc = useTRPC();
  const { workspace, slug, can } = useWorkspace();
  const invitations = useQuery({
    ...trpc.invitation.list.queryOptions({ workspaceSlug: slug }),
    enabled: can("members.manage"),
  });
  const pending = invitations.data?.filter((i) => i.status === "pending").length;
  const members = workspace.counts.members;

  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <StatCard
        icon={Users}
        label="Team"
        value={members}
        hint={members === 1 ? "Just you so far" : `${members} people in this workspace`}
      />
      {can("members.manage") && (
        <StatCard
          icon={MailPlus}
          label="Pending invitations"
          value={pending ?? <Skeleton className="mt-1 h-7 w-8" />}
          hint={pending === 0 ? "No one is waiting to join" : "Waiting to be accepted"}
        />
      )}
      <StatCard icon={ShieldCheck} label="Your role" value={roleLabels[workspace.role].label} hint={roleLabels[workspace.role].description} />
    </div>
  );
}
