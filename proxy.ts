import { NextResponse, type NextRequest } from "next/server";
import { domainsConfig } from "@/server/domains/config";
import { notConnectedHtml } from "@/server/domains/not-connected-page";
import { resolveHost } from "@/server/domains/resolve-host";
import { orgHeader, routeRequest } from "@/server/domains/route-request";
import { crossOriginRefusal } from "@/server/security/origin-check";
import { securityFor } from "@/server/security/security-headers";

/**
 * Host-based routing for custom domains (issue #9): see server/domains/route-request.ts.
 * Runs on Node.js (Next 16 proxies always do), so it reads the database through the cached
 * `resolveHost`. Our own hosts behave exactly as without it, except that a client-sent
 * `x-loomcast-org` header is dropped: only this proxy may set it.
 * Every response also gets the security headers (server/security/security-headers.ts) with a
 * fresh CSP nonce, which Next.js reads from the request's CSP header and puts on its scripts.
 */
export async function proxy(request: NextRequest) {
  const route = await routeRequest(
    { host: request.headers.get("host"), pathname: request.nextUrl.pathname },
    { ownHosts: domainsConfig().ownHosts, resolveHost },
  );
  const headers = new Headers(request.headers);
  headers.delete(orgHeader);
  const pathname = route.action === "rewrite" ? route.pathname : request.nextUrl.pathname;
  const security = securityFor(request.headers, pathname, route.action === "not-connected" ? "data" : undefined);
  headers.set("content-security-policy", security.headers["Content-Security-Policy"]!);
  headers.set("x-nonce", security.nonce);
  const secured = (response: NextResponse) => {
    for (const [name, value] of Object.entries(security.headers)) response.headers.set(name, value);
    return response;
  };
  const refused = crossOriginRefusal(request); // state-changing API calls from another origin: 403 (server/security/origin-check.ts)
  if (refused) return secured(refused);
  switch (route.action) {
    case "pass":
      return secured(NextResponse.next({ request: { headers } }));
    case "app":
      headers.set(orgHeader, route.organizationId);
      return secured(NextResponse.next({ request: { headers } }));
    case "rewrite": {
      const url = request.nextUrl.clone();
      url.pathname = route.pathname;
      return secured(NextResponse.rewrite(url, { request: { headers } }));
    }
    case "redirect": {
      // Same origin as the request: Next.js sends it as a relative Location, on the reader's host.
      const url = request.nextUrl.clone();
      url.pathname = route.pathname;
      return secured(NextResponse.redirect(url, 308));
    }
    case "not-connected":
      return secured(
        new NextResponse(notConnectedHtml(route.host), {
          status: 404,
          headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
        }),
      );
  }
}

export const config = {
  // Everything but Next's build assets and image optimizer (which carry no tenant data).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
