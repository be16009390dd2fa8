import "server-only";

/**
 * The proxy's decision for one request, by its Host (a pure function of the host, the path and
 * a lookup, so it is unit-tested without Next.js):
 * - our own hosts (APP_URL's, APP_HOSTS, localhost, IP literals, no Host): as before, `pass`;
 * - a verified blog domain: the blog, rewritten under `/blog/<site>` (`/my-post`, `/rss.xml`,
 *   `/sitemap.xml`, `/robots.txt`); links carrying the `/blog/<site>` prefix redirect to the
 *   clean path; the blog's own APIs and Next's assets pass;
 * - a verified app domain: the app, with the organization named in a request header;
 * - any other host: a "not connected" page, never the app.
 */
import { isOwnHost, requestHost } from "./host-name";
import type { ResolvedHost } from "./resolve-host";

/** Request header naming the organization of the app domain a request arrived on. */
export const orgHeader = "x-loomcast-org";

export type RequestRoute =
  | { action: "pass" }
  | { action: "app"; organizationId: string }
  | { action: "rewrite"; pathname: string }
  | { action: "redirect"; pathname: string }
  | { action: "not-connected"; host: string };

/** Paths a blog domain serves as they are: Next's assets, the app icon, the blog's search/view APIs. */
const blogPassthrough = [/^\/_next\//, /^\/api\/blog\//, /^\/(icon\.svg|favicon\.ico)$/];

export function blogRoute(site: string, pathname: string): RequestRoute {
  if (blogPassthrough.some((p) => p.test(pathname))) return { action: "pass" };
  const prefix = `/blog/${encodeURIComponent(site)}`;
  if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
    return { action: "redirect", pathname: pathname.slice(prefix.length) || "/" };
  }
  return { action: "rewrite", pathname: pathname === "/" ? prefix : `${prefix}${pathname}` };
}

export async function routeRequest(
  request: { host: string | null | undefined; pathname: string },
  deps: { ownHosts: readonly string[]; resolveHost: (host: string) => Promise<ResolvedHost | null> },
): Promise<RequestRoute> {
  const host = requestHost(request.host);
  if (!host || isOwnHost(host, deps.ownHosts)) return { action: "pass" };
  const resolved = await deps.resolveHost(host);
  if (!resolved) return { action: "not-connected", host };
  if (resolved.kind === "app") return { action: "app", organizationId: resolved.organizationId };
  return blogRoute(resolved.site, request.pathname);
}
