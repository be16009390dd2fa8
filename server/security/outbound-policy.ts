import "server-only";

/**
 * Which addresses our servers may call when a member gave the URL. Production allows public
 * addresses only. OUTBOUND_ALLOW_PRIVATE_NETWORKS=true (a self-hosted install on a LAN, local
 * development, tests against local servers) adds the private networks — loopback, RFC 1918,
 * unique-local, CGNAT — but never link-local (169.254.0.0/16 and fe80::/10 hold cloud metadata
 * services), multicast, unspecified or reserved addresses. Callers may pass a narrower policy.
 */
import { env } from "@/env";
import { classifyAddress, type AddressClass } from "./outbound-url";

export type OutboundPolicy = {
  /** Address classes allowed besides "public". */
  allow: ReadonlySet<AddressClass>;
  /** Host names configured by the operator (platform endpoints), not by members: never checked. */
  trustedHosts?: ReadonlySet<string>;
};

export const publicOnlyPolicy: OutboundPolicy = { allow: new Set() };

export const privateNetworksPolicy: OutboundPolicy = { allow: new Set<AddressClass>(["loopback", "private", "unique-local", "cgnat"]) };

export function policyFromEnv(allowPrivate: boolean = env.OUTBOUND_ALLOW_PRIVATE_NETWORKS): OutboundPolicy {
  return allowPrivate ? privateNetworksPolicy : publicOnlyPolicy;
}

/** A call refused by the policy; `message` is written for the member who gave the URL. */
export class OutboundRefusedError extends Error {
  readonly code = "OUTBOUND_REFUSED";
  constructor(message: string) {
    super(message);
    this.name = "OutboundRefusedError";
  }
}

/** Null when `address` (an IP literal) may be called, else why not, in words. */
export function refusalOf(address: string, policy: OutboundPolicy): string | null {
  const kind = classifyAddress(address);
  if (kind === "public" || policy.allow.has(kind)) return null;
  return `points to a ${kind.replace("-", " ")} address (${address}); use a public address reachable from the internet`;
}

/** The first error in `error`'s cause chain that is an OutboundRefusedError, if any. */
export function outboundRefusalIn(error: unknown): OutboundRefusedError | null {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof OutboundRefusedError) return e;
  }
  return null;
}
