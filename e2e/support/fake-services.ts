/**
 * Local stand-ins for the third-party APIs the e2e run talks to, on one port (E2E_FAKES_PORT).
 * Routes are added by each domain's fake (billing: Stripe). Mail: an SMTP server on
 * E2E_SMTP_PORT (the app's SMTP_URL) keeps every message, and GET /mail?to=<address> on the
 * fakes port lists what that address received (oldest first) for the specs.
 */
import { startSmtpCapture } from "@/scripts/mail-catcher/smtp-capture";
import { registerFakeStripe } from "@/tests/billing/fake-stripe";
import { startFakeServer } from "@/tests/publish/fakes/fake-server";

async function main(): Promise<void> {
  const port = Number(process.env.E2E_FAKES_PORT ?? 3191);
  const server = await startFakeServer({ port });
  registerFakeStripe(server);
  const smtp = await startSmtpCapture({ port: Number(process.env.E2E_SMTP_PORT ?? 3192) });
  server.route("GET", "/mail", (req) => {
    const to = req.query.get("to")?.toLowerCase();
    return { json: smtp.mails.filter((m) => !to || m.to.some((a) => a.toLowerCase() === to)) };
  });
  console.log(`fakes ready on ${server.url} (SMTP ${smtp.url})`);
  const stop = () => void Promise.all([server.close(), smtp.close()]).then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
