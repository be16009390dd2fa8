import "server-only";

/**
 * Host names as customers type them and as requests carry them, normalized to one form:
 * lowercase ASCII (IDN as punycode), no scheme, path, port or trailing dot.
 */
import { isIP } from "node:net";
import { domainToASCII } from "node:url";
import { AppError } from "@/server/errors/app-error";

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A request's Host header without its port, lowercase; null when absent or unparsable. */
export function requestHost(header: string | null | undefined): string | null {
  if (!header) return null;
  const value = header.trim().toLowerCase();
  const host = value.startsWith("[") ? value.slice(0, value.indexOf("]") + 1) : value.replace(/:\d*$/, "");
  return host.replace(/\.$/, "") || null;
}

/**
 * True for hosts that are the product itself: listed own hosts, their subdomains, *.localhost,
 * IP literals and single-label names (`web:3000` inside a container network), none of which a
 * customer can connect.
 */
export function isOwnHost(host: string, ownHosts: readonly string[]): boolean {
  const bare = host.replace(/^\[|\]$/g, "");
  if (isIP(bare) || !host.includes(".")) return true;
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return ownHosts.some((own) => host === own || host.endsWith(`.${own}`));
}

/**
 * The customer's domain as we store it, or a VALIDATION error saying what is wrong. Accepts
 * "https://Blog.Acme.com/", "blog.acme.com." or "bücher.example" (→ xn--bcher-kva.example).
 */
export function normalizeDomain(input: string, ownHosts: readonly string[]): string {
  const fail = (message: string) => new AppError("VALIDATION", message, { field: "host" });
  let raw = input.trim().toLowerCase();
  if (!raw) throw fail("Enter a domain, e.g. blog.example.com.");
  raw = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/[/?#].*$/, "");
  if (raw.includes("@")) throw fail("Enter only the domain, e.g. blog.example.com.");
  if (/:\d*$/.test(raw) && !raw.startsWith("[")) throw fail("Leave out the port: enter only the domain, e.g. blog.example.com.");
  raw = raw.replace(/\.$/, "");
  const bare = raw.replace(/^\[|\]$/g, "");
  if (isIP(bare)) throw fail("Enter a domain name, not an IP address.");
  const host = domainToASCII(raw);
  if (!host) throw fail(`"${input.trim()}" is not a valid domain name.`);
  if (host.length > 253) throw fail("That domain is too long (253 characters at most).");
  const labels = host.split(".");
  if (labels.length < 2) throw fail("Enter a full domain with a dot, e.g. blog.example.com.");
  if (!labels.every((l) => label.test(l))) throw fail(`"${input.trim()}" is not a valid domain name.`);
  if (/^\d+$/.test(labels.at(-1)!)) throw fail("Enter a domain name, not an IP address.");
  if (isOwnHost(host, ownHosts)) throw fail("That is one of Loomcast's own domains: use a domain you own.");
  return host;
}
