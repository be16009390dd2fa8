import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "@/scripts/mail-catcher/smtp-capture";
import { startMailViewer } from "@/scripts/mail-catcher/viewer";
import { passwordResetMail } from "@/server/mail/templates/auth-mails";

let capture: SmtpCapture;
let viewer: Awaited<ReturnType<typeof startMailViewer>>;
beforeAll(async () => {
  capture = await startSmtpCapture();
  viewer = await startMailViewer(capture.mails);
});
afterAll(async () => {
  await capture.close();
  await new Promise((r) => viewer.server.close(r));
});

describe("the local mail catcher (npm run up without SMTP_URL, and e2e)", () => {
  it("receives what nodemailer sends over SMTP and reads subject and text back", async () => {
    const transport = nodemailer.createTransport(capture.url);
    const link = "http://localhost:3000/reset-password?token=abc_DEF-123";
    await transport.sendMail({ from: "Loomcast <no-reply@loomcast.local>", to: "reader@example.test", ...passwordResetMail(link) });
    await transport.sendMail({ from: "x@example.test", to: "other@example.test", subject: "Grüße – <b>bold</b> ✓", text: "Zeile eins\nUmlaute: äöü =" });
    const [reset, greeting] = capture.mails.slice(-2);
    expect(reset).toMatchObject({ to: ["reader@example.test"], subject: "Reset your Loomcast password" });
    expect(reset!.text).toContain(`Choose a new password: ${link}`);
    expect(reset!.html).toContain("<h1");
    expect(greeting).toMatchObject({ subject: "Grüße – <b>bold</b> ✓", text: "Zeile eins\nUmlaute: äöü =" });
  });

  it("listens on loopback only, and its page escapes what mail says", async () => {
    expect((viewer.server.address() as AddressInfo).address).toBe("127.0.0.1");
    expect(capture.url).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    const html = await (await fetch(viewer.url)).text();
    expect(html).toContain("Grüße – &lt;b&gt;bold&lt;/b&gt; ✓");
    expect(html).not.toContain("<b>bold</b>");
    const json = (await (await fetch(`${viewer.url}mail.json?to=reader@example.test`)).json()) as { subject: string }[];
    expect(json.map((m) => m.subject)).toEqual(["Reset your Loomcast password"]);
  });
});
