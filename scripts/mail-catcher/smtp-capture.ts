/**
 * A local SMTP server that accepts every message and keeps it in memory: what `npm run up` runs
 * when no SMTP_URL is set, and the e2e suite's mail server. Listens on loopback only.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { decodeWords, parseMime } from "./parse-mime";

export interface CapturedMail {
  id: number;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  receivedAt: string;
}

export interface SmtpCapture {
  /** smtp://127.0.0.1:<port> — give it to the app as SMTP_URL. */
  url: string;
  mails: CapturedMail[];
  close(): Promise<void>;
}

export async function startSmtpCapture(options: { port?: number; keep?: number } = {}): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  let next = 1;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    banner: "Loomcast mail catcher",
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const parsed = parseMime(Buffer.concat(chunks).toString("utf8"));
        mails.push({
          id: next++,
          to: session.envelope.rcptTo.map((r) => r.address),
          from: decodeWords(parsed.headers.get("from") ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : "")),
          subject: parsed.subject,
          text: parsed.text,
          html: parsed.html,
          receivedAt: new Date().toISOString(),
        });
        if (mails.length > (options.keep ?? 500)) mails.shift();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
