import "server-only";
import { env } from "@/env";
import { clientIp } from "@/server/trpc/context";
import { completeOAuth, outcomeLocation } from "./complete-oauth";

/**
 * Platforms send the browser to `/api/channels/oauth/callback` after a member approves (or
 * cancels) connecting a channel. `userIdOf` reads the session (the route passes Auth.js's).
 */
export function oauthCallbackHandler(userIdOf: (request: Request) => Promise<string | null>) {
  return async (request: Request): Promise<Response> => {
    const outcome = await completeOAuth({
      userId: await userIdOf(request),
      query: new URL(request.url).searchParams,
      actor: { ip: clientIp(request.headers), requestId: request.headers.get("x-request-id") ?? crypto.randomUUID() },
    });
    return Response.redirect(new URL(outcomeLocation(outcome), env.APP_URL), 303);
  };
}
