import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";
import { db } from "@/server/db/client";
import { devMailbox } from "@/server/db/schema";
import { logger } from "@/server/log/logger";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

let transporter: Transporter | undefined;
function smtp(): Transporter | undefined {
  if (!env.SMTP_URL) return undefined;
  transporter ??= nodemailer.createTransport(env.SMTP_URL);
  return transporter;
}

/**
 * Sends mail through SMTP when SMTP_URL is set. Otherwise the mail is written to the server
 * log and, when DEV_MAILBOX is on, kept for the dev mailbox page (/dev/mailbox).
 */
export async function sendMail(mail: Mail): Promise<void> {
  const transport = smtp();
  if (transport) {
    await transport.sendMail({ from: env.MAIL_FROM, ...mail });
    logger.info("mail sent", { to: mail.to, subject: mail.subject });
    return;
  }
  logger.info("mail (no SMTP_URL set; not sent)", { to: mail.to, subject: mail.subject, body: mail.text });
  if (env.DEV_MAILBOX) await db.insert(devMailbox).values(mail);
}
