import { expect, type APIRequestContext } from "@playwright/test";

/** The fakes' SMTP capture (e2e/support/fake-services.ts): the app sends real mail there. */
const fakes = process.env.E2E_FAKES_URL ?? "http://127.0.0.1:3191";

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** Mail the app sent to `to`, oldest first. */
export async function mailsTo(request: APIRequestContext, to: string): Promise<Mail[]> {
  const res = await request.get(`${fakes}/mail?to=${encodeURIComponent(to)}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Mail[];
}

/** Waits (up to 30 s) for a mail to `to` whose subject matches, and returns the newest such mail. */
export async function waitForMail(request: APIRequestContext, to: string, subject: string | RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect(async () => {
    found = (await mailsTo(request, to)).filter((m) => (typeof subject === "string" ? m.subject === subject : subject.test(m.subject))).at(-1);
    expect(found, `a mail to ${to} with subject ${String(subject)}`).toBeTruthy();
  }).toPass({ timeout: 30_000 });
  return found!;
}

/** The first link in the mail's text that starts with `prefix`. */
export function linkIn(mail: Mail, prefix: string): string {
  const match = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!match) throw new Error(`no link starting with ${prefix} in:\n${mail.text}`);
  return match;
}
