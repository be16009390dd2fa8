import { afterEach, describe, expect, it, vi } from "vitest";
import { sendMail } from "@/server/mail/send-mail";
import { passwordResetMail } from "@/server/mail/templates/auth-mails";
import { unique } from "../factories/users";

afterEach(() => vi.restoreAllMocks());

describe("mail without SMTP", () => {
  it("logs that a mail was not sent and to whom, never its body, links or tokens", async () => {
    const lines: string[] = [];
    const capture = (chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, "write").mockImplementation(capture);
    vi.spyOn(process.stderr, "write").mockImplementation(capture);
    const { logger } = await import("@/server/log/logger");
    const token = `tok${crypto.randomUUID().replaceAll("-", "")}`;
    const to = `${unique("log")}@example.test`;
    // The logger honours LOG_LEVEL (error in tests): call through a level that is written.
    const info = vi.spyOn(logger, "info");
    await sendMail({ to, ...passwordResetMail(`http://localhost:3000/reset-password?token=${token}`) });
    expect(info).toHaveBeenCalledTimes(1);
    const [message, fields] = info.mock.calls[0]!;
    const logged = JSON.stringify({ message, fields }) + lines.join("");
    expect(logged).toContain(to);
    expect(logged).toContain("Reset your Loomcast password");
    expect(logged).not.toContain(token);
    expect(logged).not.toContain("reset-password");
    expect(logged).not.toContain("expires in 1 hour");
  });
});
