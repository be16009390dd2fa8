"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { MailPlus } from "lucide-react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { formatRelative } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { roleLabels } from "@/lib/workspaces/permissions";
import { useRefreshMembers } from "./use-refresh-members";

export function InvitationsCard() {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const refresh = useRefreshMembers(slug);
  const { data: invitations } = useSuspenseQuery(trpc.invitation.list.queryOptions({ workspaceSlug: slug }));
  const revoke = useMutation(
    trpc.invitation.revoke.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.success("Invitation revoked", "The link no longer works.");
      },
      onError: (error) => toast.error("Couldn't revoke the invitation", errorMessage(error)),
    }),
  );

  return (
    <Card>
      <CardHeader title="Pending invitations" description="Invitations that have not been accepted yet." />
      {invitations.length === 0 ? (
        <EmptyState
          className="py-10"
          icon={<MailPlus />}
          title="No pending invitations"
          description="Use “Invite member” above to bring in writers, reviewers and clients."
        />
      ) : (
        <ul className="mt-4 divide-y divide-zinc-100 border-t border-zinc-100">
          {invitations.map((inv) => (
            <li key={inv.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3.5 sm:px-6">
              <div className="min-w-0 flex-1">
                <p id={`invitation-${inv.id}`} className="truncate text-sm font-medium text-zinc-900">
                  {inv.email}
                </p>
                <p className="text-[13px] text-zinc-500" suppressHydrationWarning>
                  {inv.invitedBy ? `Invited by ${inv.invitedBy.name ?? inv.invitedBy.email} · ` : ""}
                  {inv.status === "expired" ? `expired ${formatRelative(inv.expiresAt)}` : `expires ${formatRelative(inv.expiresAt)}`}
                </p>
              </div>
              <Badge tone="neutral">{roleLabels[inv.role].label}</Badge>
              {inv.status === "expired" ? <Badge tone="warning">Expired</Badge> : <Badge tone="brand">Pending</Badge>}
              <Button
                variant="ghost"
                size="sm"
                aria-describedby={`invitation-${inv.id}`}
                loading={revoke.isPending && revoke.variables.invitationId === inv.id}
                onClick={() => revoke.mutate({ workspaceSlug: slug, invitationId: inv.id })}
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
