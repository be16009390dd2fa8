import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { verifyPassword } from "@/server/auth/password";
import { db } from "@/server/db/client";
import { users } from "@/server/db/schema";
import { linkIn, mailsTo } from "../factories/mailbox";
import { callerFor, unique } from "../factories/users";

const tokenFrom = (text: string) => new URL(linkIn(text, `${env.APP_URL}/reset-password?token=`)).searchParams.get("token")!;

describe("password reset", () => {
  it("request → mail → reset; the used link and any older link stop working", async () => {
    const email = `${unique("forgetful")}@example.test`;
    await callerFor(null).auth.signUp({ name: "Forgetful", email, password: "old password 123" });
    await callerFor(null).auth.requestPasswordReset({ email });
    await callerFor(null).auth.requestPasswordReset({ email: email.toUpperCase() });
    const resetMails = (await mailsTo(email)).filter((m) => m.subject === "Reset your Loomcast password");
    expect(resetMails).toHaveLength(2);
    const [newer, older] = resetMails.map((m) => tokenFrom(m.text)) as [string, string];

    const result = await callerFor(null).auth.resetPassword({ token: newer, password: "new password 456" });
    expect(result).toEqual({ email });
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(await verifyPassword(user!.passwordHash, "new password 456")).toBe(true);
    expect(await verifyPassword(user!.passwordHash, "old password 123")).toBe(false);
    expect(user!.emailVerified).toBeInstanceOf(Date);

    for (const token of [newer, older]) {
      await expect(callerFor(null).auth.resetPassword({ token, password: "third password 789" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("invalid or has expired"),
      });
    }
  });

  it("an unknown email gets the same answer and no mail", async () => {
    const email = `${unique("nobody")}@example.test`;
    await expect(callerFor(null).auth.requestPasswordReset({ email })).resolves.toBeUndefined();
    expect(await mailsTo(email)).toEqual([]);
  });

  it("a made-up token is refused", async () => {
    await expect(
      callerFor(null).auth.resetPassword({ token: "x".repeat(43), password: "whatever password" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
