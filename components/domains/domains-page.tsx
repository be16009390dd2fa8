"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import { AddDomainForm } from "./add-domain-form";
import { DomainDetails } from "./domain-card";

export function DomainsPage() {
  return (
    <>
      <PageHeader eyebrow="Settings" title="Domains" description="Serve the public blog, and your organization's white-labelled app, on your own domains." />
      <SettingsTabs />
      <div className="max-w-4xl space-y-4">
        <Suspense fallback={<Skeleton className="h-80 w-full rounded-2xl" />}>
          <DomainsOverview />
        </Suspense>
      </div>
    </>
  );
}

function DomainsOverview() {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const { data } = useSuspenseQuery(trpc.domain.list.queryOptions({ workspaceSlug: slug }));
  return (
    <>
      <Card>
        <CardHeader title="Blog domain" description={`This workspace's public blog, today at /blog/${slug}. Once verified, links, feeds and the sitemap use the domain.`} />
        <CardBody className="space-y-4">
          {data.blog ? (
            <DomainDetails slug={slug} domain={data.blog} canManage={data.canManageBlog} />
          ) : data.canManageBlog ? (
            <AddDomainForm slug={slug} kind="blog" placeholder="blog.example.com" description="A domain or subdomain you control, e.g. blog.example.com." />
          ) : (
            <p className="text-sm text-zinc-500">No blog domain yet. Workspace owners and admins can connect one.</p>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="App domain" description="Your organization's white-labelled app for every client workspace, e.g. content.youragency.com." />
        <CardBody className="space-y-4">
          {data.app ? (
            <>
              <DomainDetails slug={slug} domain={data.app} canManage={data.canManageApp} />
              <p className="text-sm text-zinc-500">
                People sign in on this domain separately: a session on one host is not shared with another.
              </p>
            </>
          ) : !data.canManageApp ? (
            <p className="text-sm text-zinc-500">No app domain. The organization&apos;s owners and admins can connect one.</p>
          ) : data.appUnavailable ? (
            <Alert tone="info" title="Not on your plan">{data.appUnavailable}</Alert>
          ) : (
            <AddDomainForm slug={slug} kind="app" placeholder="content.example.com" description="A subdomain you control; it serves the whole app in your branding." />
          )}
        </CardBody>
      </Card>
    </>
  );
}
