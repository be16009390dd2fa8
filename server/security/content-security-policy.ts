import "server-only";
/**
 * The Content-Security-Policy of each kind of response:
 * - app and blog pages: scripts only with this request's nonce ('strict-dynamic' lets Next's
 *   nonce-bearing bootstrap load its chunks); nothing framed, no plugins, forms and connections
 *   to our own origin only. Next.js reads the nonce from the request's CSP header and puts it on
 *   every script it renders, so pages are rendered per request (the root layout asks for it).
 *   Styles may be inline: charts and progress bars set widths in style attributes and UI
 *   libraries inject <style> elements; scripts are what the policy locks down.
 *   Blog pages are stricter still: no blob: workers, no data: fonts, images from https only.
 * - everything else (API JSON, feeds, sitemaps, icons, Auth.js's own pages): no scripts at all.
 * JSON-LD blocks (<script type="application/ld+json">) are data, not scripts: CSP does not apply.
 */
export type ResponseKind = "app" | "blog" | "data";

export type CspInput = { kind: ResponseKind; nonce: string; https: boolean; dev: boolean };

const feedFiles = /^\/blog\/[^/]+\/(rss\.xml|atom\.xml|sitemap\.xml|robots\.txt)$/;

/** The kind of response a path (after the proxy's routing) produces. */
export function responseKind(pathname: string): ResponseKind {
  if (pathname.startsWith("/api/") || pathname === "/api") return "data";
  if (feedFiles.test(pathname) || /^\/(robots\.txt|sitemap\.xml|icon\.svg|favicon\.ico)$/.test(pathname)) return "data";
  if (pathname.startsWith("/blog/")) return "blog";
  return "app";
}

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => (values[0] === "" ? name : `${name} ${values.join(" ")}`))
    .join("; ");
}

export function contentSecurityPolicy({ kind, nonce, https, dev }: CspInput): string {
  const upgrade: Record<string, string[]> = https ? { "upgrade-insecure-requests": [""] } : {};
  if (kind === "data") {
    return serialize({
      "default-src": ["'none'"],
      "style-src": ["'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "form-action": ["'self'"],
      "base-uri": ["'none'"],
      "frame-ancestors": ["'none'"],
    });
  }
  // Images come from members' hosts (avatars, logos, post covers); plain http only where we are.
  const images = ["'self'", "data:", "https:", ...(https ? [] : ["http:"])];
  // React's development build reconstructs server stacks with eval; production never evaluates.
  const scripts = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])];
  const common = {
    "default-src": ["'self'"],
    "script-src": scripts,
    "style-src": ["'self'", "'unsafe-inline'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "frame-src": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  if (kind === "blog") {
    return serialize({ ...common, "img-src": images, "font-src": ["'self'"], "worker-src": ["'none'"], "manifest-src": ["'self'"], "base-uri": ["'none'"], ...upgrade });
  }
  return serialize({ ...common, "img-src": [...images, "blob:"], "font-src": ["'self'", "data:"], "worker-src": ["'self'", "blob:"], "base-uri": ["'self'"], ...upgrade });
}
