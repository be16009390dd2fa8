import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { env } from "@/env";
import type { Db } from "@/server/db/client";
import { userSessions, users } from "@/server/db/schema";
import { logger } from "@/server/log/logger";
import { sendMail } from "@/server/mail/send-mail";
import { newSignInMail } from "@/server/mail/templates/security-mails";
import { describeDevice } from "./describe-device";
import { sessionExpiry } from "./lifetime";

export interface SignInDevice {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Records a new session at sign-in and returns its id (the JWT's `sid`). When the account has
 * signed in before but never from this browser (same User-Agent), the owner gets a security mail;
 * the mail is sent in the background, so a slow mail server never holds up the sign-in.
 */
export async function startSession(db: Db, input: { userId: string; method: string } & SignInDevice): Promise<string> {
  const userAgent = input.userAgent?.slice(0, 512) ?? null;
  const [row] = await db
    .insert(userSessions)
    .values({ userId: input.userId, method: input.method, ip: input.ip, userAgent, expiresAt: sessionExpiry() })
    .returning({ id: userSessions.id, createdAt: userSessions.createdAt });
  const earlier = await db
    .select({ userAgent: userSessions.userAgent })
    .from(userSessions)
    .where(and(eq(userSessions.userId, input.userId), ne(userSessions.id, row!.id)))
    .limit(200);
  const knownBrowser = earlier.some((s) => s.userAgent === userAgent);
  if (earlier.length > 0 && !knownBrowser) void mailNewSignIn(db, input.userId, { ...input, userAgent }, row!.createdAt);
  return row!.id;
}

async function mailNewSignIn(db: Db, userId: string, device: SignInDevice, at: Date): Promise<void> {
  try {
    const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
    if (!user) return;
    const mail = newSignInMail({ device: describeDevice(device.userAgent), ip: device.ip, at, sessionsUrl: `${env.APP_URL}/account/sessions` });
    await sendMail({ to: user.email, ...mail });
  } catch (error) {
    logger.warn("new sign-in mail failed", { userId, error: error instanceof Error ? error.message : String(error) });
  }
}
