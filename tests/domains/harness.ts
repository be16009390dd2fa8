/** Domain test support: a local DNS server the domain services use for this file (restored afterwards). */
import { afterAll, beforeAll } from "vitest";
import { configureDomains, domainsConfig, type DomainsConfig } from "@/server/domains/config";
import { startLocalDns, type LocalDns } from "./dns-server";

export function useLocalDns() {
  const ctx = {} as { dns: LocalDns };
  let previous: DomainsConfig;
  beforeAll(async () => {
    ctx.dns = await startLocalDns();
    previous = configureDomains({ ...domainsConfig(), dnsServers: [ctx.dns.address] });
  });
  afterAll(async () => {
    configureDomains(previous);
    await ctx.dns.close();
  });
  return ctx;
}
