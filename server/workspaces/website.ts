import "server-only";

/** A host name with at least one dot and a letters-only top-level domain (acme.com, shop.acme.co.uk). */
const hostPattern = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * Normalises what people type as a website ("acme.com", "https://Acme.com/", "http://acme.com/blog")
 * into an https URL without a trailing slash. Returns null for anything that is not a public web address.
 */
export function normaliseWebsite(input: string): string | null {
  const raw = input.trim();
  if (!raw || /\s/.test(raw)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.port) return null;
  if (!hostPattern.test(url.hostname)) return null;
  const path = url.pathname === "/" ? "" : url.pathname.replace(/\/+$/, "");
  return `https://${url.hostname}${path}${url.search}`;
}
