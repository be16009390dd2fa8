import "server-only";
/**
 * Security headers on every response (set by proxy.ts, per request because of the CSP nonce;
 * next.config.ts adds the static ones to Next's build assets, which the proxy does not see).
 */
import { env } from "@/env";
import { contentSecurityPolicy, responseKind, type ResponseKind } from "./content-security-policy";
import { staticSecurityHeaders } from "./static-headers";

/** One year; no includeSubDomains, since customers' own domains are served here too. */
export const strictTransportSecurity = "max-age=31536000";

export function securityHeaders(input: { kind: ResponseKind; nonce: string; https: boolean; dev: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(input),
    ...staticSecurityHeaders,
    ...(input.https ? { "Strict-Transport-Security": strictTransportSecurity } : {}),
  };
}

/**
 * Whether the browser reached us over HTTPS: the public URL is https, or the X-Forwarded-Proto
 * entry written by our own outermost trusted proxy (TRUSTED_PROXY_HOPS from the right, as for
 * X-Forwarded-For) says https. (Browsers ignore HSTS received over plain http, so a client
 * writing the header itself gains nothing.)
 */
export function requestIsHttps(headers: Headers, appUrl: string, hops: number): boolean {
  if (appUrl.startsWith("https:")) return true;
  const chain = (headers.get("x-forwarded-proto") ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - hops)] === "https";
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The nonce and headers of one request's response; `pathname` is the one after the proxy's routing. */
export function securityFor(requestHeaders: Headers, pathname: string, kind: ResponseKind = responseKind(pathname)) {
  const nonce = newNonce();
  const https = requestIsHttps(requestHeaders, env.APP_URL, env.TRUSTED_PROXY_HOPS);
  return { nonce, headers: securityHeaders({ kind, nonce, https, dev: env.NODE_ENV === "development" }) };
}
