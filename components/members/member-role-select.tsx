"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { roleLabels, roles, type Role } from "@/lib/workspaces/permissions";
import { useRefreshMembers } from "./use-refresh-members";

export function MemberRoleSelect({
  member,
  assignable,
}: {
  member: { userId: string; name: string | null; email: string; role: Role };
  assignable: Role[];
}) {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const refresh = useRefreshMembers(slug);
  const [pendingRole, setPendingRole] = useState<Role | null>(null);
  const who = member.name ?? member.email;
  const update = useMutation(
    trpc.member.updateRole.mutationOptions({
      onSuccess: async (_data, input) => {
        await refresh();
        toast.success("Role updated", `${who} is now ${roleLabels[input.role].label.toLowerCase()}.`);
      },
      onError: (error) => toast.error("Couldn't change the role", errorMessage(error)),
      onSettled: () => setPendingRole(null),
    }),
  );

  return (
    <Select
      size="sm"
      // Not "Role …": the invite dialog's select is the one labelled "Role" on this page.
      aria-label={`Access for ${who}`}
      value={pendingRole ?? member.role}
      disabled={update.isPending}
      onChange={(event) => {
        const role = event.target.value as Role;
        setPendingRole(role);
        update.mutate({ workspaceSlug: slug, userId: member.userId, role });
      }}
    >
      {roles.map((role) => (
        <option key={role} value={role} disabled={!assignable.includes(role)}>
          {roleLabels[role].label}
        </option>
      ))}
    </Select>
  );
}
