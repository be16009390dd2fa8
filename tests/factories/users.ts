import { db } from "@/server/db/client";
import { users } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { createOrganizationWithWorkspace } from "@/server/workspaces/create-organization";
import { createCaller } from "@/server/routers/app";
import { createInnerContext, type SessionUser } from "@/server/trpc/context";

export const unique = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

/** A documentation-range IPv6 address of its own, so rate limits never spill between tests. */
export const uniqueIp = () => `2001:db8::${crypto.randomUUID().slice(0, 4)}:${crypto.randomUUID().slice(0, 4)}`;

/** A user row with a unique email (no password). */
export async function createUser(overrides: { name?: string; email?: string } = {}): Promise<SessionUser> {
  const email = overrides.email ?? `${unique("user")}@example.test`;
  const [user] = await db.insert(users).values({ name: overrides.name ?? "Test User", email }).returning();
  return { id: user!.id, email: user!.email, name: user!.name };
}

/** A user who owns a fresh organization and workspace. */
export async function createOwner() {
  const user = await createUser();
  const { organization, workspace } = await transaction(({ tx }) =>
    createOrganizationWithWorkspace(tx, { userId: user.id }, { organizationName: unique("Org"), workspaceName: unique("Brand") }),
  );
  return { user, organization, workspace };
}

/** A tRPC caller acting as `user` (or anonymous), going through every middleware. */
export function callerFor(user: SessionUser | null, ip = uniqueIp()) {
  return createCaller(createInnerContext({ user, ip }));
}
