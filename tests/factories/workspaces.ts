import { and, asc, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { auditLog, invitations, memberships, workspaces } from "@/server/db/schema";
import { signInvitationToken } from "@/server/invitations/token";
import type { Role } from "@/lib/workspaces/permissions";
import type { SessionUser } from "@/server/trpc/context";
import { createUser, unique } from "./users";

/** Adds a (new, unless given) user to the workspace with `role`. */
export async function addMember(workspaceId: string, role: Role, user?: SessionUser): Promise<SessionUser> {
  const member = user ?? (await createUser({ name: unique("Member") }));
  await db.insert(memberships).values({ workspaceId, userId: member.id, role });
  return member;
}

/** An invitation row with a correctly signed token (any expiry, past ones included). */
export async function insertInvitation(opts: {
  workspaceId: string;
  email?: string;
  role?: Role;
  invitedById?: string | null;
  expiresAt?: Date;
  acceptedAt?: Date;
  revokedAt?: Date;
}) {
  const expiresAt = new Date(Math.floor((opts.expiresAt ?? new Date(Date.now() + 86_400_000)).getTime() / 1000) * 1000);
  const [row] = await db
    .insert(invitations)
    .values({
      workspaceId: opts.workspaceId,
      email: opts.email ?? `${unique("invitee")}@example.test`,
      role: opts.role ?? "editor",
      invitedById: opts.invitedById ?? null,
      expiresAt,
      acceptedAt: opts.acceptedAt ?? null,
      revokedAt: opts.revokedAt ?? null,
    })
    .returning();
  return { ...row!, token: signInvitationToken(row!.id, expiresAt) };
}

/** The user's role in the workspace, read from the database (undefined: not a member). */
export async function roleOf(workspaceId: string, userId: string): Promise<Role | undefined> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row?.role;
}

/** Every row a workspace owns (settings, members, invitations, audit), to prove nothing changed. */
export async function snapshotWorkspace(workspaceId: string) {
  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  return {
    workspace,
    members: await db.select().from(memberships).where(eq(memberships.workspaceId, workspaceId)).orderBy(asc(memberships.userId)),
    invitations: await db.select().from(invitations).where(eq(invitations.workspaceId, workspaceId)).orderBy(asc(invitations.id)),
    audit: await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(asc(auditLog.id)),
  };
}

/** Audit rows of a workspace with a given action. */
export function auditRows(workspaceId: string, action: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, action)));
}
