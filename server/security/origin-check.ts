import "server-only";

/**
 * Cross-origin refusal for state-changing API calls (POST, PUT, PATCH, DELETE under /api/): a
 * browser request whose Origin is not the app's — the host it was sent to (APP_URL's, an
 * APP_HOSTS name, or a verified custom domain, which is then the request's own host) — is answered
 * 403 before any route runs. Without an Origin, a `Sec-Fetch-Site: cross-site` request is refused
 * too; a request with neither is not from a browser's page and carries no ambient session risk.
 * Exempt: the Stripe webhook and the worker's blog revalidation (signed machine-to-machine calls)
 * and Auth.js (its own CSRF token). Next.js checks server actions' origin itself.
 */
import { NextResponse } from "next/server";
import { env } from "@/env";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);
export const originExempt = [/^\/api\/stripe\/webhook\/?$/, /^\/api\/blog\/revalidate\/?$/, /^\/api\/auth\//];

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/** Hosts (host[:port]) a state-changing call may come from besides the request's own host. */
export function appOrigins(vars: Pick<typeof env, "APP_URL" | "APP_HOSTS"> = env): string[] {
  return [new URL(vars.APP_URL).host.toLowerCase(), ...list(vars.APP_HOSTS)];
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Why the call is refused, or null when it may go on. */
export function crossOriginProblem(request: { method: string; pathname: string; headers: Headers }, allowed: string[] = appOrigins()): string | null {
  if (!unsafeMethods.has(request.method.toUpperCase()) || !request.pathname.startsWith("/api/")) return null;
  if (originExempt.some((pattern) => pattern.test(request.pathname))) return null;
  const origin = request.headers.get("origin");
  if (origin === null) {
    return request.headers.get("sec-fetch-site") === "cross-site" ? "This request came from another site without an Origin; it is refused." : null;
  }
  const host = hostOf(origin);
  const own = [request.headers.get("host"), request.headers.get("x-forwarded-host")?.split(",")[0]]
    .filter((h): h is string => !!h)
    .map((h) => h.trim().toLowerCase());
  if (host && (own.includes(host) || allowed.includes(host))) return null;
  return `Requests from ${host ?? "an unknown origin"} are refused: this API only accepts calls from the app's own pages.`;
}

/** The 403 answer for a refused cross-origin call, or null. */
export function crossOriginRefusal(request: { method: string; nextUrl: { pathname: string }; headers: Headers }): NextResponse | null {
  const problem = crossOriginProblem({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers });
  return problem ? NextResponse.json({ error: problem }, { status: 403, headers: { "cache-control": "no-store" } }) : null;
}
