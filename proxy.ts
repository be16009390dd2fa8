import { NextResponse, type NextRequest } from "next/server";
import { domainsConfig } from "@/server/domains/config";
import { notConnectedHtml } from "@/server/domains/not-connected-page";
import { resolveHost } from "@/server/domains/resolve-host";
import { orgHeader, routeRequest } from "@/server/domains/route-request";
import { crossOriginRefusal } from "@/server/security/origin-check";

/**
 * Host-based routing for custom domains (issue #9): see server/domains/route-request.ts.
 * Runs on Node.js (Next 16 proxies always do), so it reads the database through the cached
 * `resolveHost`. Our own hosts behave exactly as without it, except that a client-sent
 * `x-loomcast-org` header is dropped: only this proxy may set it.
 */
export async function proxy(request: NextRequest) {
  const route = await routeRequest(
    { host: request.headers.get("host"), pathname: request.nextUrl.pathname },
    { ownHosts: domainsConfig().ownHosts, resolveHost },
  );
  const headers = new Headers(request.headers);
  headers.delete(orgHeader);
  const refused = crossOriginRefusal(request); // state-changing API calls from another origin: 403 (server/security/origin-check.ts)
  if (refused) return refused;
  switch (route.action) {
    case "pass":
      return request.headers.has(orgHeader) ? NextResponse.next({ request: { headers } }) : NextResponse.next();
    case "app":
      headers.set(orgHeader, route.organizationId);
      return NextResponse.next({ request: { headers } });
    case "rewrite": {
      const url = request.nextUrl.clone();
      url.pathname = route.pathname;
      return NextResponse.rewrite(url, { request: { headers } });
    }
    case "redirect": {
      // Same origin as the request: Next.js sends it as a relative Location, on the reader's host.
      const url = request.nextUrl.clone();
      url.pathname = route.pathname;
      return NextResponse.redirect(url, 308);
    }
    case "not-connected":
      return new NextResponse(notConnectedHtml(route.host), {
        status: 404,
        headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
      });
  }
}

export const config = {
  // Everything but Next's build assets and image optimizer (which carry no tenant data).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
