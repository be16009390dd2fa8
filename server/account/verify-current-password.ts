import "server-only";
import { eq } from "drizzle-orm";
import { verifyPassword } from "@/server/auth/password";
import { users } from "@/server/db/schema";
import type { Tx } from "@/server/db/transaction";
import { AppError, notFound } from "@/server/errors/app-error";
import { db } from "@/server/db/client";
import { authRules, enforce } from "@/server/security/rate-limit";

/**
 * Re-reads the account and checks `password` against it (a wrong one is a field error, and counts
 * against the same per-account limit as sign-in). An account without a password passes.
 */
export async function verifyCurrentPassword(tx: Tx, userId: string, password: string | undefined, field: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update").limit(1);
  if (!user) throw notFound("Account");
  if (!user.passwordHash) return user;
  await enforce(db, [[authRules.signInEmail, user.email]]);
  if (!password || !(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("VALIDATION", "That is not your current password.", { field });
  }
  return user;
}
