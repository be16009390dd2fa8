"use client";

import { Suspense } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { InvitationsCard } from "./invitations-card";
import { InviteMemberDialog } from "./invite-member-dialog";
import { MembersTable } from "./members-table";
import { RoleGuide } from "./role-guide";

export function MembersPage() {
  const { workspace, can } = useWorkspace();
  const manage = can("members.manage");
  return (
    <>
      <PageHeader
        title="Members"
        description={
          manage
            ? `Who works in ${workspace.name}, and what each of them may do.`
            : `Who works in ${workspace.name}. Owners and admins manage who has access.`
        }
        actions={manage && <InviteMemberDialog />}
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0 space-y-6">
          <Suspense fallback={<TableSkeleton title="Team" />}>
            <MembersTable />
          </Suspense>
          {manage && (
            <Suspense fallback={<TableSkeleton title="Pending invitations" />}>
              <InvitationsCard />
            </Suspense>
          )}
        </div>
        <RoleGuide />
      </div>
    </>
  );
}

function TableSkeleton({ title }: { title: string }) {
  return (
    <Card>
      <CardHeader title={title} />
      <div className="space-y-4 p-6">
        {[0, 1].map((i) => (
          <div key={i} className="flex items-center gap-3">
            <Skeleton className="size-8 rounded-full" />
            <Skeleton className="h-4 w-48" />
          </div>
        ))}
      </div>
    </Card>
  );
}
