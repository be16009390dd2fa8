"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import { kindLabels } from "@/components/content/content-labels";
import { TargetPreviews } from "@/components/previews/target-previews";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { ClientDecisionForm } from "./client-decision-form";
import { ClientFrame } from "./client-frame";

const handleOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "").slice(0, 15) || "brand";

export function ClientReviewPage({ token }: { token: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.reviewLink.view.queryOptions({ token }));
  const { workspaceName, item, version, can, myDecisions, nextStep } = data;
  const author = { name: workspaceName, handle: handleOf(workspaceName) };
  const decided = myDecisions.filter((d) => d.versionNumber === item.currentVersion);
  const open = can.approve || can.requestChanges;

  return (
    <ClientFrame workspaceName={workspaceName}>
      <p className="text-sm font-medium text-brand-700">{workspaceName} asks for your review</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-zinc-950">{item.title}</h1>
      <p className="mt-1 text-sm text-zinc-500" suppressHydrationWarning>
        {kindLabels[item.kind].label} · version {item.currentVersion} · link valid until {formatDateTime(data.expiresAt)}
      </p>
      <div className="mt-6 space-y-6">
        {decided.length > 0 && (
          <div className="space-y-2">
            {decided.map((d, i) => (
              <Alert key={i} tone={d.decision === "approved" ? "success" : "warning"} role="status" title={d.decision === "approved" ? "You approved this version" : "You requested changes on this version"}>
                <span suppressHydrationWarning>
                  {d.actorLabel} · {formatDateTime(d.createdAt)}
                </span>
                {d.comment && <span className="mt-1 block whitespace-pre-wrap">“{d.comment}”</span>}
              </Alert>
            ))}
          </div>
        )}
        {!open && (
          <Alert tone="info" role="status" title={item.status === "approved" || item.status === "scheduled" ? "Already approved" : "Nothing to decide right now"}>
            {item.status === "approved" || item.status === "scheduled"
              ? "This content has been approved. Thank you — there is nothing more to do."
              : (can.reason ?? "This content is not waiting for your decision.")}
          </Alert>
        )}
        {version ? (
          <section aria-labelledby="client-previews" className="space-y-3">
            <h2 id="client-previews" className="text-[15px] font-semibold text-zinc-950">
              How it will look
            </h2>
            <TargetPreviews kind={item.kind} version={version} author={author} slug={handleOf(workspaceName)} />
          </section>
        ) : (
          <p className="text-sm text-zinc-500">There is no version to review yet.</p>
        )}
        {open && version && (
          <ClientDecisionForm token={token} canApprove={can.approve} reason={can.reason} stepName={nextStep?.name ?? null} />
        )}
        {decided.some((d) => d.decision === "approved") && (
          <p className="flex items-center gap-1.5 text-sm text-emerald-700">
            <CircleCheck aria-hidden className="size-4" /> Your approval is recorded.
          </p>
        )}
      </div>
    </ClientFrame>
  );
}
