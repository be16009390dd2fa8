import type { Permission } from "@/lib/workspaces/permissions";
import type { callerFor } from "../factories/users";

type Caller = ReturnType<typeof callerFor>;

/** Ids from the workspace under attack, to pass through another workspace's slug. */
export interface TargetIds {
  slug: string;
  organizationId: string;
  memberId: string;
  invitationId: string;
}

export interface WorkspaceCase {
  name: string;
  permission: Permission;
  /** Calls the procedure on workspace `slug`, naming the target's ids where it takes any. */
  call: (caller: Caller, slug: string, ids: TargetIds) => Promise<unknown>;
  /** True when the procedure takes one of the target's ids (so "B's slug + A's id" is a case of its own). */
  takesIds?: boolean;
}

/** Every workspace-scoped procedure of the API, with the permission it needs. */
export const workspaceCases: WorkspaceCase[] = [
  { name: "workspace.get", permission: "workspace.view", call: (c, slug) => c.workspace.get({ workspaceSlug: slug }) },
  {
    name: "workspace.completeOnboarding",
    permission: "workspace.manage",
    call: (c, slug) => c.workspace.completeOnboarding({ workspaceSlug: slug, brandName: "Hijacked", website: "evil.com" }),
  },
  {
    name: "workspace.update",
    permission: "workspace.manage",
    call: (c, slug) => c.workspace.update({ workspaceSlug: slug, name: "Hijacked", website: "evil.com" }),
  },
  { name: "member.list", permission: "workspace.view", call: (c, slug) => c.member.list({ workspaceSlug: slug }) },
  {
    name: "member.updateRole",
    permission: "members.manage",
    takesIds: true,
    call: (c, slug, ids) => c.member.updateRole({ workspaceSlug: slug, userId: ids.memberId, role: "viewer" }),
  },
  {
    name: "member.remove",
    permission: "members.manage",
    takesIds: true,
    call: (c, slug, ids) => c.member.remove({ workspaceSlug: slug, userId: ids.memberId }),
  },
  { name: "member.leave", permission: "workspace.view", call: (c, slug) => c.member.leave({ workspaceSlug: slug }) },
  {
    name: "invitation.list",
    permission: "members.manage",
    call: (c, slug) => c.invitation.list({ workspaceSlug: slug }),
  },
  {
    name: "invitation.create",
    permission: "members.manage",
    call: (c, slug) => c.invitation.create({ workspaceSlug: slug, email: "spy@example.test", role: "viewer" }),
  },
  {
    name: "invitation.revoke",
    permission: "members.manage",
    takesIds: true,
    call: (c, slug, ids) => c.invitation.revoke({ workspaceSlug: slug, invitationId: ids.invitationId }),
  },
  { name: "audit.list", permission: "audit.view", call: (c, slug) => c.audit.list({ workspaceSlug: slug }) },
  { name: "audit.filters", permission: "audit.view", call: (c, slug) => c.audit.filters({ workspaceSlug: slug }) },
];

/** Every authed procedure, called with valid input, for the unauthenticated case. */
export const authedCases: Array<{ name: string; call: (c: Caller, ids: TargetIds) => Promise<unknown> }> = [
  ...workspaceCases.map((c) => ({ name: c.name, call: (caller: Caller, ids: TargetIds) => c.call(caller, ids.slug, ids) })),
  { name: "workspace.list", call: (c) => c.workspace.list() },
  { name: "workspace.create", call: (c, ids) => c.workspace.create({ organizationId: ids.organizationId, name: "Sneaky" }) },
  { name: "invitation.accept", call: (c) => c.invitation.accept({ token: "not-a-real-token.1.abc" }) },
  { name: "auth.me", call: (c) => c.auth.me() },
  { name: "auth.resendVerification", call: (c) => c.auth.resendVerification() },
];
