import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { issueUserToken } from "@/server/auth/user-tokens";
import { db } from "@/server/db/client";
import { auditLog, users } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { linkIn, mailsTo } from "../factories/mailbox";
import { callerFor, createUser, unique } from "../factories/users";

const tokenFrom = (text: string) => new URL(linkIn(text, `${env.APP_URL}/verify-email?token=`)).searchParams.get("token")!;
const invalidLink = { code: "BAD_REQUEST", message: "This link is invalid or has expired. Please ask for a new one." };

describe("email verification", () => {
  it("a valid link verifies the address once; reusing it is refused", async () => {
    const email = `${unique("verify")}@example.test`;
    const { userId } = await callerFor(null).auth.signUp({ name: "Vera", email, password: "correct horse battery" });
    const token = tokenFrom((await mailsTo(email))[0]!.text);
    await callerFor(null).auth.verifyEmail({ token });
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user!.emailVerified).toBeInstanceOf(Date);
    const audit = await db.select().from(auditLog).where(eq(auditLog.actorId, userId));
    expect(audit.map((a) => a.action)).toContain("user.email_verified");
    await expect(callerFor(null).auth.verifyEmail({ token })).rejects.toMatchObject(invalidLink);
  });

  it("an expired link is refused and verifies nothing", async () => {
    const user = await createUser();
    const token = await transaction(({ tx }) => issueUserToken(tx, user.id, "email_verification", -1000));
    await expect(callerFor(null).auth.verifyEmail({ token })).rejects.toMatchObject(invalidLink);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.emailVerified).toBeNull();
  });

  it("a password-reset token does not verify an email", async () => {
    const user = await createUser();
    const token = await transaction(({ tx }) => issueUserToken(tx, user.id, "password_reset", 60_000));
    await expect(callerFor(null).auth.verifyEmail({ token })).rejects.toMatchObject(invalidLink);
  });

  it("resendVerification mails a fresh link, and says so when already verified", async () => {
    const user = await createUser();
    await callerFor(user).auth.resendVerification();
    const token = tokenFrom((await mailsTo(user.email))[0]!.text);
    await callerFor(null).auth.verifyEmail({ token });
    await expect(callerFor(user).auth.resendVerification()).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
