"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import { stepKindLabels } from "./policy-draft";
import { PolicyForm } from "./policy-form";

export function ReviewPolicyPage() {
  const { workspace, can } = useWorkspace();
  const editable = can("workspace.manage");
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Review"
        description={`Who has to approve content in ${workspace.name} before it can be published, and in what order.`}
      />
      <SettingsTabs />
      <div className="max-w-4xl space-y-4">
        {!editable && <Alert tone="info">Only owners and admins can change the review policy. Ask one of them if the steps should change.</Alert>}
        <Suspense fallback={<Skeleton className="h-80 w-full rounded-2xl" />}>{editable ? <PolicyForm /> : <PolicyView />}</Suspense>
      </div>
    </>
  );
}

/** The policy for members who may not change it. */
function PolicyView() {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const { data: policy } = useSuspenseQuery(trpc.review.policy.queryOptions({ workspaceSlug: slug }));
  return (
    <Card>
      <CardHeader title="Approval steps" description="Each version needs every step, in order. Editing voids approvals: an edited version starts again at step 1." />
      <CardBody className="space-y-4">
        <ol aria-label="Approval steps" className="space-y-2">
          {policy.steps.map((step, i) => (
            <li key={i} className="flex items-center gap-3 rounded-xl border border-zinc-200 px-4 py-3">
              <span className="flex size-7 shrink-0 items-center justify-center rounded-full border border-brand-200 bg-brand-50 text-xs font-semibold text-brand-700">
                {i + 1}
              </span>
              <span className="min-w-0 flex-1 text-sm font-medium text-zinc-900">{step.name}</span>
              <Badge tone={step.kind === "client" ? "brand" : "neutral"}>{stepKindLabels[step.kind].label}</Badge>
            </li>
          ))}
        </ol>
        <p className="text-sm text-zinc-600">
          {policy.allowSelfApproval ? "Authors may approve their own content." : "Authors may not approve their own content; a teammate has to."}
        </p>
      </CardBody>
    </Card>
  );
}
