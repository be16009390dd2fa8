"use client";

import { Suspense } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { PageHeader } from "@/components/ui/page-header";
import { GetStarted } from "./get-started";
import { RecentActivity, RecentActivitySkeleton } from "./recent-activity";
import { StatCards } from "./stat-cards";

export function Dashboard() {
  const { workspace, can } = useWorkspace();
  return (
    <>
      <PageHeader
        eyebrow={workspace.organization.name}
        title={`Welcome to ${workspace.name}`}
        description="Your content loop lives here: generate drafts in your brand voice, review them with your team, publish, and learn what works."
      />
      <div className="space-y-6">
        <StatCards />
        <div className="grid gap-6 lg:grid-cols-5">
          <GetStarted className="min-w-0 lg:col-span-3" />
          {can("audit.view") && (
            <Suspense fallback={<RecentActivitySkeleton className="lg:col-span-2" />}>
              <RecentActivity className="min-w-0 lg:col-span-2" />
            </Suspense>
          )}
        </div>
      </div>
    </>
  );
}
