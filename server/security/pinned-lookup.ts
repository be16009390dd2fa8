import "server-only";

/**
 * The DNS lookup our outbound sockets use (net.connect's `lookup` option): resolves the name,
 * then refuses the connection when any address it got is outside the policy. Because it runs
 * for every new connection, a name that resolved to a public address when the member saved it
 * and to 10.0.0.1 now (DNS rebinding) is refused at the moment it would be used.
 */
import { lookup as systemLookup, Resolver } from "node:dns/promises";
import type { LookupAddress, LookupOptions } from "node:dns";
import { OutboundRefusedError, refusalOf, type OutboundPolicy } from "./outbound-policy";

type Callback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type SocketLookup = (hostname: string, options: LookupOptions, callback: Callback) => void;

/** Resolves a name to its addresses: the system's resolver, or the given DNS servers (ip or ip:port). */
export function addressResolver(dnsServers: string[] = []): (hostname: string) => Promise<LookupAddress[]> {
  if (dnsServers.length === 0) return (hostname) => systemLookup(hostname, { all: true, verbatim: true });
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  resolver.setServers(dnsServers);
  return async (hostname) => {
    const [v4, v6] = await Promise.allSettled([resolver.resolve4(hostname), resolver.resolve6(hostname)]);
    const found = [
      ...(v4.status === "fulfilled" ? v4.value.map((address) => ({ address, family: 4 })) : []),
      ...(v6.status === "fulfilled" ? v6.value.map((address) => ({ address, family: 6 })) : []),
    ];
    if (found.length === 0) {
      const reason = v4.status === "rejected" ? v4.reason : undefined;
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: (reason as NodeJS.ErrnoException | undefined)?.code ?? "ENOTFOUND", hostname });
    }
    return found;
  };
}

export function pinnedLookup(policy: OutboundPolicy, resolve: (hostname: string) => Promise<LookupAddress[]>): SocketLookup {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((all) => {
        const trusted = policy.trustedHosts?.has(hostname.toLowerCase()) ?? false;
        for (const { address } of all) {
          const refusal = trusted ? null : refusalOf(address, policy);
          if (refusal) throw new OutboundRefusedError(`The host “${hostname}” ${refusal}.`);
        }
        const usable = options.family ? all.filter((a) => a.family === options.family) : all;
        if (usable.length === 0) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname });
        if (options.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ""));
  };
}
