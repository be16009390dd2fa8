import "server-only";
import { writeAudit, type AuditActor } from "@/server/audit/write-audit";
import { ensureBlogChannel } from "@/server/publish/channels/ensure-blog-channel";
import { memberships, organizationMembers, organizations, workspaces } from "@/server/db/schema";
import type { Tx } from "@/server/db/transaction";
import { uniqueWorkspaceSlug } from "./slug";

/** A new organization owned by the actor, with its first workspace (not yet onboarded). */
export async function createOrganizationWithWorkspace(
  tx: Tx,
  actor: AuditActor & { userId: string },
  input: { organizationName: string; workspaceName: string },
) {
  const [organization] = await tx.insert(organizations).values({ name: input.organizationName }).returning();
  if (!organization) throw new Error("organization insert returned nothing");
  await tx.insert(organizationMembers).values({ organizationId: organization.id, userId: actor.userId, role: "owner" });
  const slug = await uniqueWorkspaceSlug(tx, `${input.workspaceName}-${crypto.randomUUID().slice(0, 6)}`);
  const [workspace] = await tx
    .insert(workspaces)
    .values({ organizationId: organization.id, name: input.workspaceName, slug })
    .returning();
  if (!workspace) throw new Error("workspace insert returned nothing");
  await tx.insert(memberships).values({ workspaceId: workspace.id, userId: actor.userId, role: "owner" });
  await ensureBlogChannel(tx, workspace.id, workspace.name);
  await writeAudit(tx, actor, {
    organizationId: organization.id,
    workspaceId: workspace.id,
    action: "workspace.created",
    targetType: "workspace",
    targetId: workspace.id,
    changes: { name: workspace.name, slug },
  });
  return { organization, workspace };
}
