/**
 * Signs in and reads the session through the app's /api/auth route (Auth.js), the way a
 * browser does: CSRF cookie and token, credentials POST, then the session cookie on every call.
 */
import { NextRequest } from "next/server";
import { env } from "@/env";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";

/** The app's own /api/auth route (Auth.js behind our wrappers). */
const handlers = { GET: (req: NextRequest) => GET(req), POST: (req: NextRequest) => POST(req) };

const url = (path: string) => `${env.APP_URL}/api/auth/${path}`;

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="))
    .join("; ");
}

/** Signs in with email and password; the session cookie, or null when refused. */
export async function signInOverHttp(email: string, password: string, userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36"): Promise<string | null> {
  const csrf = await handlers.GET(new NextRequest(url("csrf")));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await handlers.POST(
    new NextRequest(url("callback/credentials"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf), "user-agent": userAgent, "x-forwarded-for": "2001:db8::77" },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: env.APP_URL }),
    }),
  );
  const session = res.headers.getSetCookie().find((c) => /session-token=[^;]/.test(c));
  return session ? session.split(";")[0]! : null;
}

/** GET /api/auth/session with `cookie`: the signed-in user's id and session id, or null. */
export async function sessionOverHttp(cookie: string): Promise<{ userId: string; sessionId: string | undefined } | null> {
  const res = await handlers.GET(new NextRequest(url("session"), { headers: { cookie } }));
  const body = (await res.json()) as { user?: { id: string }; sessionId?: string } | null;
  return body?.user?.id ? { userId: body.user.id, sessionId: body.sessionId } : null;
}
