"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/lib/trpc/client";
import { progressSteps } from "./content-labels";
import { RequestForm } from "./request-form";

const stepNotes: Record<string, string> = {
  research: "Angle, audience insight and key points.",
  outline: "Title, hook, sections and call to action.",
  draft: "The piece itself, in your brand's voice.",
  review: "Scored 0–10 and revised until every rule passes.",
  seo: "Title, slug, meta description, one H1.",
  image: "An image prompt and alt text.",
};

export function NewContentPage() {
  const trpc = useTRPC();
  const { slug, workspace } = useWorkspace();
  const status = useQuery(trpc.aiProvider.status.queryOptions({ workspaceSlug: slug }));
  return (
    <>
      <Link href={`/${slug}/content`} className="mb-4 inline-flex items-center gap-1.5 text-sm text-zinc-500 hover:text-zinc-800">
        <ArrowLeft aria-hidden className="size-4" /> All content
      </Link>
      <PageHeader title="New content" description={`Tell Loomcast what to write for ${workspace.name}. It drafts in your brand book's voice.`} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_320px]">
        <div className="min-w-0 space-y-4">
          {status.data?.offline && (
            <Alert tone="info" title="Offline writer">
              No AI provider is configured for this workspace, so the built-in offline writer will draft it from your brand
              book and this request. Results are labelled “Offline writer”.
            </Alert>
          )}
          {status.data?.noUsableProvider && (
            <Alert tone="warning" title="No usable AI provider">
              The providers configured for this workspace cannot be used right now; the run will fail and say why.
            </Alert>
          )}
          <RequestForm />
        </div>
        <Card className="h-fit">
          <CardHeader title="What happens next" description="Each stage is a step you can watch live." />
          <CardBody>
            <ol className="space-y-3">
              {progressSteps.map((step, i) => (
                <li key={step.id} className="flex gap-3">
                  <span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600">{i + 1}</span>
                  <span className="text-sm">
                    <span className="font-medium text-zinc-900">{step.label}</span>
                    <span className="block text-[13px] text-zinc-500">{stepNotes[step.id]}</span>
                  </span>
                </li>
              ))}
            </ol>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
