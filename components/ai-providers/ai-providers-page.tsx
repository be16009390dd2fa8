"use client";

import { Suspense } from "react";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { ChainPanel } from "./chain-panel";
import { KeyStorageWarning } from "./key-storage-warning";
import { ProviderList } from "./provider-list";

export function AiProvidersPage() {
  const { workspace, can } = useWorkspace();
  const editable = can("workspace.manage");
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="AI providers"
        description={`Which models write drafts for ${workspace.name}, and the order they are tried in when one fails.`}
      />
      <SettingsTabs />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_340px]">
        <div className="min-w-0 space-y-4">
          {!editable && <Alert tone="info">Only owners and admins can add, change or test providers.</Alert>}
          {editable && (
            <Suspense fallback={null}>
              <KeyStorageWarning />
            </Suspense>
          )}
          <Suspense fallback={<ListSkeleton />}>
            <ProviderList editable={editable} />
          </Suspense>
          <p className="px-1 text-[13px] leading-5 text-zinc-500">
            API keys are encrypted before they are stored and are never shown again, only their last four characters. Every change is recorded in the
            audit log.
          </p>
        </div>
        <Suspense fallback={<Skeleton className="h-72 w-full rounded-2xl" />}>
          <ChainPanel />
        </Suspense>
      </div>
    </>
  );
}

function ListSkeleton() {
  return (
    <Card>
      <CardHeader title="Fallback chain" />
      <div className="space-y-4 p-6">
        {[0, 1].map((i) => (
          <div key={i} className="flex items-center gap-3">
            <Skeleton className="size-9 rounded-lg" />
            <Skeleton className="h-4 w-56" />
          </div>
        ))}
      </div>
    </Card>
  );
}
