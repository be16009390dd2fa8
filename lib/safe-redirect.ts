/** Where to send a signed-in user who has no better destination. */
export const homePath = "/workspaces";

/** Keeps a redirect target on this site: a path like "/x", never "//evil.com" or "https://…". */
export function safeRedirect(target: string | string[] | null | undefined, fallback = homePath): string {
  const value = Array.isArray(target) ? target[0] : target;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
