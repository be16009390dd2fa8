"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/lib/trpc/client";
import { loomcastBranding } from "@/lib/branding/defaults";
import { mergeBranding } from "@/lib/branding/merge";
import { BrandingForm } from "./branding-form";

/** White-label settings: the organization's branding (every client) and this workspace's override. */
export function BrandingSettingsPage() {
  const trpc = useTRPC();
  const { workspace, slug } = useWorkspace();
  const { data } = useSuspenseQuery(trpc.branding.settings.queryOptions({ workspaceSlug: slug }));
  const orgLevel = mergeBranding(true, [data.organization]);
  return (
    <>
      <PageHeader title="Settings" description="Your agency's name, logo and colours, in the app, emails, review links and exports." />
      <SettingsTabs />
      <div className="max-w-3xl space-y-6">
        {!data.available && (
          <Alert tone="info" title="White-label is part of the Enterprise plan">
            Clients see Loomcast's name and colours until then.{" "}
            <Link href={`/${slug}/settings/billing`} className="font-medium underline">
              See plans
            </Link>
          </Alert>
        )}
        <Card>
          <CardHeader
            title={`${workspace.organization.name}: all client workspaces`}
            description="The organization's branding, used by every workspace that does not override it."
          />
          {data.available && <BrandingForm key="organization" scope="organization" stored={data.organization} inherited={loomcastBranding} />}
        </Card>
        <Card>
          <CardHeader
            title={`${workspace.name} only`}
            description="Overrides for this client: fill in only what should differ from the organization's."
          />
          {data.available && <BrandingForm key="workspace" scope="workspace" stored={data.workspace} inherited={orgLevel} />}
        </Card>
      </div>
    </>
  );
}
