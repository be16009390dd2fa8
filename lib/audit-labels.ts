import { roleLabels, roles, type Role } from "@/lib/workspaces/permissions";

/** Human wording for each audit action; unknown actions fall back to a readable form of the key. */
const actionLabels: Record<string, string> = {
  "user.signed_up": "Signed up",
  "user.signed_in": "Signed in",
  "user.email_verified": "Confirmed their email",
  "user.password_reset_requested": "Asked for a password reset",
  "user.password_reset": "Reset their password",
  "workspace.created": "Created the workspace",
  "workspace.onboarded": "Set up the brand",
  "workspace.updated": "Updated workspace settings",
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "member.left": "Left the workspace",
  "invitation.created": "Invited a member",
  "invitation.revoked": "Revoked an invitation",
  "invitation.accepted": "Joined by invitation",
  "brand.updated": "Updated the brand voice",
  "brand.restored": "Restored a brand voice version",
  "ai_provider.created": "Added an AI provider",
  "ai_provider.updated": "Changed an AI provider",
  "ai_provider.removed": "Removed an AI provider",
  "ai_provider.reordered": "Reordered the AI providers",
  "ai_provider.enabled": "Turned an AI provider on",
  "ai_provider.disabled": "Turned an AI provider off",
};

export function actionLabel(action: string): string {
  const known = actionLabels[action];
  if (known) return known;
  const words = action.replace(/[._]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** A field of `changes`, made readable: roles by their label, empty values as "—". */
export function changeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (isRole(value)) return roleLabels[value].label;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(", ") || "—";
  return JSON.stringify(value);
}

const fieldLabels: Record<string, string> = {
  name: "Name",
  slug: "URL",
  website: "Website",
  email: "Email",
  role: "Role",
  alreadyMember: "Already a member",
  restoredFrom: "Restored from version",
  keyChanged: "API key changed",
  keyCleared: "API key removed",
  baseUrl: "Base URL",
};

export function changeField(key: string): string {
  return fieldLabels[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ");
}

const str = (value: unknown) => (typeof value === "string" && value ? value : null);

/** One sentence, after the actor's name: "invited ana@acme.com as Editor". */
export function describeAudit(action: string, changes: Record<string, unknown>): string {
  const email = str(changes.email);
  const role = isRole(changes.role) ? roleLabels[changes.role].label : null;
  switch (action) {
    case "invitation.created":
      return email ? `invited ${email}${role ? ` as ${role}` : ""}` : "invited a member";
    case "invitation.revoked":
      return email ? `revoked the invitation for ${email}` : "revoked an invitation";
    case "invitation.accepted":
      return role ? `joined as ${role}` : "joined by invitation";
    case "member.role_changed":
      return isRole(changes.from) && isRole(changes.to)
        ? `changed ${email ?? "a member"}'s role from ${roleLabels[changes.from].label} to ${roleLabels[changes.to].label}`
        : "changed a member's role";
    case "member.removed":
      return email ? `removed ${email}${role ? ` (${role})` : ""}` : "removed a member";
    case "workspace.onboarded":
      return str(changes.name) ? `set up the brand ${str(changes.name)}` : "set up the brand";
    default: {
      const label = actionLabel(action);
      return label.charAt(0).toLowerCase() + label.slice(1);
    }
  }
}
