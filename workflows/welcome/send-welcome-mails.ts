import "server-only";
import { env } from "@/env";
import { mailBrandForWorkspace } from "@/server/branding/mail-brand";
import { welcomeMail } from "@/server/mail/templates/auth-mails";
import { sendMail } from "@/server/mail/send-mail";
import type { WelcomeTarget } from "./load-workspace";

/** Sends the "workspace is ready" mail to every owner. Returns the recipients' addresses. */
export async function sendWelcomeMails(target: WelcomeTarget): Promise<string[]> {
  const url = new URL(`/${target.workspace.slug}`, env.APP_URL).toString();
  const mail = welcomeMail({ workspace: target.workspace.name, url }, await mailBrandForWorkspace(target.workspace.id));
  for (const owner of target.owners) await sendMail({ to: owner.email, ...mail });
  return target.owners.map((o) => o.email);
}
