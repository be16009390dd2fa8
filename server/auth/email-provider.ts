import "server-only";
import { eq } from "drizzle-orm";
import type { EmailConfig } from "next-auth/providers";
import { env } from "@/env";
import { db } from "@/server/db/client";
import { users } from "@/server/db/schema";
import { sendMail } from "@/server/mail/send-mail";
import { magicLinkMail, noAccountMail } from "@/server/mail/templates/auth-mails";

/**
 * Magic-link sign-in through our own mailer (SMTP or the dev mailbox). An address without an
 * account gets a "sign up instead" mail, so the form never reveals who has an account.
 */
export const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  from: env.MAIL_FROM,
  maxAge: 24 * 60 * 60,
  options: {},
  async sendVerificationRequest({ identifier, url }) {
    const email = identifier.toLowerCase();
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    const mail = user ? magicLinkMail(url) : noAccountMail(`${env.APP_URL}/sign-up`);
    await sendMail({ to: email, ...mail });
  },
};
