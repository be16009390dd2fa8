/**
 * Local stand-ins for the third-party APIs the e2e run talks to, on one port (E2E_FAKES_PORT).
 * Routes are added by each domain's fake (billing: Stripe).
 */
import { registerFakeStripe } from "@/tests/billing/fake-stripe";
import { startFakeServer } from "@/tests/publish/fakes/fake-server";

async function main(): Promise<void> {
  const port = Number(process.env.E2E_FAKES_PORT ?? 3191);
  const server = await startFakeServer({ port });
  registerFakeStripe(server);
  console.log(`fakes ready on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
