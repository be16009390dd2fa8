"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ExternalLink, RefreshCw, Trash2 } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/types";
import { DnsRecords } from "./dns-records";
import { DomainStatus } from "./domain-status";

export type DomainItem = NonNullable<RouterOutputs["domain"]["list"]["blog"]>;

/** One connected domain: status and reason, the records to create, Check now and Remove. */
export function DomainDetails({ slug, domain, canManage }: { slug: string; domain: DomainItem; canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.domain.list.queryKey({ workspaceSlug: slug }) });
  const check = useMutation(trpc.domain.check.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.domain.remove.mutationOptions({ onSuccess: refresh }));
  const apex = domain.host.split(".").length === 2;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <p className="break-all font-mono text-sm font-semibold text-zinc-950">{domain.host}</p>
          <DomainStatus status={domain.status} reason={domain.statusReason} lastCheckedAt={domain.lastCheckedAt} />
        </div>
        <div className="flex flex-wrap gap-2">
          {domain.status === "verified" && (
            <Button variant="secondary" size="sm" asChild>
              <a href={`https://${domain.host}/`} target="_blank" rel="noreferrer">
                <ExternalLink aria-hidden /> Open
              </a>
            </Button>
          )}
          {canManage && (
            <>
              <Button variant="secondary" size="sm" loading={check.isPending} onClick={() => check.mutate({ workspaceSlug: slug, domainId: domain.id })}>
                <RefreshCw aria-hidden /> Check now
              </Button>
              <ConfirmDialog
                trigger={
                  <Button variant="danger-ghost" size="sm">
                    <Trash2 aria-hidden /> Remove
                  </Button>
                }
                title={`Disconnect ${domain.host}?`}
                description="Visitors to this domain will see a “not connected” page. You can connect it again later; it will need a new TXT record."
                confirmLabel="Disconnect"
                onConfirm={() => remove.mutateAsync({ workspaceSlug: slug, domainId: domain.id })}
              />
            </>
          )}
        </div>
      </div>
      {check.isError && <Alert tone="danger">{errorMessage(check.error)}</Alert>}
      {domain.status !== "verified" && (
        <p className="text-sm text-zinc-600">
          Create these records at your DNS provider, then choose <strong>Check now</strong>. DNS changes can take a few minutes to appear.
        </p>
      )}
      <DnsRecords txt={domain.records.txt} cname={domain.records.cname} apex={apex} />
    </div>
  );
}
