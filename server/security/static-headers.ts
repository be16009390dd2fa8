/**
 * Security headers that are the same on every response (no imports: next.config.ts uses them for
 * Next's build assets, which proxy.ts does not see; the proxy sends them on everything else).
 */

/** Powerful features no page of ours uses; WebAuthn (passkeys) and the clipboard stay at their 'self' default. */
export const permissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

export const staticSecurityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Nothing of ours is meant to be framed (CSP frame-ancestors 'none' says the same to newer browsers).
  "X-Frame-Options": "DENY",
  "Permissions-Policy": permissionsPolicy,
};
