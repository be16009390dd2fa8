import "server-only";
import { auth } from "@/server/auth/config";
import { clientIp, createInnerContext, type Context } from "./context";

/** Context for an HTTP request: the signed-in user from the session cookie, the client IP. */
export async function createHttpContext(headers: Headers): Promise<Context> {
  const session = await auth();
  const user = session?.user?.id
    ? { id: session.user.id, email: session.user.email ?? "", name: session.user.name ?? null, sessionId: session.sessionId ?? null }
    : null;
  return createInnerContext({ user, ip: clientIp(headers), requestId: headers.get("x-request-id") ?? undefined });
}
