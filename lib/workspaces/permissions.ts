/**
 * The one permission matrix. Every role check in the product goes through `can`.
 */
export const roles = ["owner", "admin", "editor", "reviewer", "viewer"] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  "workspace.view",
  "workspace.manage",
  "content.create",
  "content.approve",
  "content.publish",
  "channels.manage",
  "members.manage",
  "billing.manage",
  "analytics.view",
  "audit.view",
] as const;
export type Permission = (typeof permissions)[number];

const matrix: Record<Role, readonly Permission[]> = {
  owner: permissions,
  admin: permissions.filter((p) => p !== "billing.manage"),
  editor: ["workspace.view", "content.create", "content.approve", "content.publish", "analytics.view"],
  reviewer: ["workspace.view", "content.approve", "analytics.view"],
  viewer: ["workspace.view", "analytics.view"],
};

export function can(role: Role, permission: Permission): boolean {
  return matrix[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return matrix[role];
}

export const roleLabels: Record<Role, { label: string; description: string }> = {
  owner: { label: "Owner", description: "Everything, including billing and deleting the workspace." },
  admin: { label: "Admin", description: "Everything except billing: members, channels, settings." },
  editor: { label: "Editor", description: "Creates, approves and publishes content." },
  reviewer: { label: "Reviewer", description: "Reviews and approves content; does not choose where or when it is published." },
  viewer: { label: "Viewer", description: "Reads content and analytics." },
};

/** Roles a member may hand out: never above their own. */
export function assignableRoles(actor: Role): Role[] {
  if (actor === "owner") return [...roles];
  if (actor === "admin") return roles.filter((r) => r !== "owner");
  return [];
}
