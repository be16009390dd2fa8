import { env } from "@/env";
import { auth } from "@/server/auth/config";
import { completeOAuth, outcomeLocation } from "@/server/publish/channels/oauth/complete-oauth";
import { clientIp } from "@/server/trpc/context";

/** Platforms send the browser here after a member approves (or cancels) connecting a channel. */
export async function GET(req: Request) {
  const session = await auth();
  const outcome = await completeOAuth({
    userId: session?.user?.id ?? null,
    query: new URL(req.url).searchParams,
    actor: { ip: clientIp(req.headers), requestId: req.headers.get("x-request-id") ?? crypto.randomUUID() },
  });
  return Response.redirect(new URL(outcomeLocation(outcome), env.APP_URL), 303);
}
