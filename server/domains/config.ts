import "server-only";

/**
 * Custom-domain configuration, read once from the environment: the DNS servers that verify TXT
 * records (tests point them at a local DNS server) and the product's own host names.
 */
import { isIP } from "node:net";
import { env } from "@/env";

export interface DomainsConfig {
  /** `ip` or `ip:port` (IPv6 as `[::1]:53`); empty: the system's resolvers. */
  dnsServers: string[];
  /** Host names that are the product itself (never a customer's domain), lowercase, without port. */
  ownHosts: string[];
  /** What customers point their CNAME at: the host of APP_URL. */
  cnameTarget: string;
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export function domainsConfigFromEnv(vars: Pick<typeof env, "APP_URL" | "APP_HOSTS" | "DNS_RESOLVERS"> = env): DomainsConfig {
  const appHost = new URL(vars.APP_URL).hostname.toLowerCase();
  const ownHosts = [...new Set([appHost, "localhost", ...list(vars.APP_HOSTS).map((h) => h.toLowerCase().replace(/\.$/, ""))])];
  const dnsServers = list(vars.DNS_RESOLVERS);
  for (const server of dnsServers) {
    const address = server.replace(/^\[(.*)\](:\d+)?$/, "$1").replace(/^([^:]+):\d+$/, "$1");
    if (!isIP(address)) throw new Error(`DNS_RESOLVERS: "${server}" is not an IP address (ip or ip:port).`);
  }
  return { dnsServers, ownHosts, cnameTarget: appHost };
}

let current: DomainsConfig | undefined;

export function domainsConfig(): DomainsConfig {
  current ??= domainsConfigFromEnv();
  return current;
}

/**
 * Replaces the process's configuration (a process configured other than through its environment,
 * e.g. an integration test with a local DNS server). Returns the previous one to restore.
 */
export function configureDomains(config: DomainsConfig): DomainsConfig {
  const previous = domainsConfig();
  current = config;
  return previous;
}
