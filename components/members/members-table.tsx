"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { assignableRoles, roleLabels } from "@/lib/workspaces/permissions";
import { LeaveWorkspaceDialog } from "./leave-workspace-dialog";
import { MemberRoleSelect } from "./member-role-select";
import { RemoveMemberDialog } from "./remove-member-dialog";

export function MembersTable() {
  const trpc = useTRPC();
  const { slug, workspace, can } = useWorkspace();
  const { data: members } = useSuspenseQuery(trpc.member.list.queryOptions({ workspaceSlug: slug }));
  const manage = can("members.manage");
  const assignable = assignableRoles(workspace.role);
  // Admins cannot change or remove owners; nobody changes their own role here (they leave instead).
  const mayEdit = (m: (typeof members)[number]) => manage && !m.isYou && (workspace.role === "owner" || m.role !== "owner");

  return (
    <Card>
      <CardHeader title="Team" description={`${members.length} ${members.length === 1 ? "member" : "members"}`} />
      <Table className="mt-4">
        <TableHead>
          <tr>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell className="w-44">Role</TableHeaderCell>
            <TableHeaderCell className="hidden w-32 md:table-cell">Joined</TableHeaderCell>
            <TableHeaderCell className="w-24">
              <span className="sr-only">Actions</span>
            </TableHeaderCell>
          </tr>
        </TableHead>
        <TableBody>
          {members.map((m) => (
            <TableRow key={m.userId}>
              <TableCell>
                <div className="flex items-center gap-3">
                  <Avatar name={m.name ?? m.email} seed={m.userId} />
                  <div className="min-w-0">
                    <p className="flex items-center gap-2 truncate font-medium text-zinc-900">
                      {m.name ?? m.email}
                      {m.isYou && <Badge tone="brand">You</Badge>}
                    </p>
                    <p className="truncate text-[13px] text-zinc-500">{m.email}</p>
                  </div>
                </div>
              </TableCell>
              <TableCell>
                {mayEdit(m) ? (
                  <MemberRoleSelect member={m} assignable={assignable} />
                ) : (
                  <span title={roleLabels[m.role].description} className="text-sm text-zinc-700">
                    {roleLabels[m.role].label}
                  </span>
                )}
              </TableCell>
              <TableCell className="hidden text-[13px] whitespace-nowrap text-zinc-500 md:table-cell">
                {formatDate(m.joinedAt)}
              </TableCell>
              <TableCell className="text-right">
                {m.isYou ? (
                  <LeaveWorkspaceDialog />
                ) : (
                  mayEdit(m) && <RemoveMemberDialog member={m} />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
