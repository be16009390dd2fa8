import "server-only";
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
  /** The sender's display name (a white-label brand's); the address is always MAIL_FROM's. */
  fromName?: string | null;
}

/** MAIL_FROM's address with `name` as its display name. */
export function senderOf(mailFrom: string, name: string | null | undefined) {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return name ? { name, address } : mailFrom;
}

let transporter: Transporter | undefined;
function smtp(): Transporter | undefined {
  if (!env.SMTP_URL) return undefined;
  transporter ??= nodemailer.createTransport(env.SMTP_URL);
  return transporter;
}

/**
 * Sends mail through SMTP when SMTP_URL is set. Otherwise the log says a mail was not sent and to
 * whom (never its body: it carries sign-in and reset links) and, in development with DEV_MAILBOX
 * on, the mail is kept for the dev mailbox page (/dev/mailbox, served by `next dev` only).
 */
export async function sendMail(mail: Mail): Promise<void> {
  const transport = smtp();
  if (transport) {
    const { fromName, ...message } = mail;
    await transport.sendMail({ ...message, from: senderOf(env.MAIL_FROM, fromName) });
    logger.info("mail sent", { to: mail.to, subject: mail.subject });
    return;
  }
  logger.info("mail not sent: no SMTP_URL set", { to: mail.to, subject: mail.subject });
  if (env.DEV_MAILBOX) {
    const { fromName, ...message } = mail;
    await db.insert(devMailbox).values({ ...message, fromName: fromName ?? null });
  }
}
