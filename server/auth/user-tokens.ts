import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Tx } from "@/server/db/transaction";
import { userTokens } from "@/server/db/schema";
import { AppError } from "@/server/errors/app-error";

type Purpose = "password_reset" | "email_verification";

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Issues a one-time token; only its hash is stored. Returns the raw token for the link. */
export async function issueUserToken(tx: Tx, userId: string, purpose: Purpose, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(userTokens).values({
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + ttlMs),
  });
  return token;
}

/** Marks a valid token used and returns its user; invalid, used or expired tokens are refused. */
export async function consumeUserToken(tx: Tx, token: string, purpose: Purpose): Promise<string> {
  const [row] = await tx
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(userTokens.tokenHash, sha256(token)),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: userTokens.userId });
  if (!row) {
    throw new AppError("VALIDATION", "This link is invalid or has expired. Please ask for a new one.", { field: "token" });
  }
  return row.userId;
}
