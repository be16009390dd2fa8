"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Lock } from "lucide-react";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/lib/trpc/client";
import { BrandBookView } from "./brand-book-view";
import { BrandEditor } from "./brand-editor";
import { BrandEmptyState } from "./brand-empty-state";
import { BrandHistory } from "./brand-history";
import { LocalTime } from "./local-time";
import { useBrandDraft } from "./use-brand-draft";
import { WhoCanEdit } from "./who-can-edit";

/** /<slug>/brand: the brand book editor (owners, admins) or its read-only view, and its history. */
export function BrandPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug, workspace, can } = useWorkspace();
  const editable = can("workspace.manage");
  const currentOptions = trpc.brand.get.queryOptions({ workspaceSlug: slug });
  const { data: current } = useSuspenseQuery(currentOptions);
  const draft = useBrandDraft(current);
  const [started, setStarted] = useState(false);

  async function onRestored() {
    draft.reset(await queryClient.fetchQuery(currentOptions));
  }

  const header = (
    <PageHeader
      title="Brand voice"
      description={`How Loomcast sounds when it writes for ${workspace.name}. Every new draft uses the current version.`}
    />
  );

  if (!current && !started) {
    return (
      <>
        {header}
        {editable ? (
          <BrandEmptyState
            onStart={() => {
              setStarted(true);
              requestAnimationFrame(() => document.querySelector<HTMLElement>("#main form textarea")?.focus());
            }}
          />
        ) : (
          <BrandEmptyState editors={<WhoCanEdit />} />
        )}
      </>
    );
  }

  return (
    <>
      {header}
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_320px]">
        <div className="min-w-0">
          {editable ? (
            <BrandEditor draft={draft} current={current} />
          ) : (
            current && (
              <div className="space-y-6">
                <Alert tone="info" role="note" title="Read-only">
                  <WhoCanEdit />
                </Alert>
                <Card>
                  <CardHeader
                    title={
                      <span className="flex items-center gap-2">
                        <Lock aria-hidden className="size-4 text-zinc-400" />
                        Version {current.version}
                      </span>
                    }
                    description={
                      <>
                        Saved by {current.createdBy?.name ?? current.createdBy?.email ?? "a former member"}, <LocalTime date={current.createdAt} />.
                      </>
                    }
                  />
                  <CardBody>
                    <BrandBookView book={current.book} />
                  </CardBody>
                </Card>
              </div>
            )
          )}
        </div>
        <BrandHistory editable={editable} hasUnsavedChanges={draft.dirty} onRestored={onRestored} />
      </div>
    </>
  );
}
