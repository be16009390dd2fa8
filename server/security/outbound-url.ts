import "server-only";

/**
 * SSRF guard for URLs a member types in (webhook targets, Mastodon instances, Bluesky PDS):
 * http(s) only, and every address the host resolves to must be public — no loopback, private,
 * link-local, CGNAT, multicast, unique-local or reserved ranges (IPv4 and IPv6, including
 * IPv4-mapped/NAT64/6to4 forms). OUTBOUND_ALLOW_PRIVATE_NETWORKS=true lifts the address check
 * (self-hosted installs on a LAN, tests against local servers).
 */
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { AppError } from "@/server/errors/app-error";
import { policyFromEnv, refusalOf, type OutboundPolicy } from "./outbound-policy";

export type AddressClass = "public" | "unspecified" | "loopback" | "private" | "link-local" | "cgnat" | "multicast" | "unique-local" | "reserved";

type V4Range = [base: number, bits: number, kind: AddressClass];

const v4Ranges: V4Range[] = [
  [ip4("0.0.0.0"), 8, "unspecified"],
  [ip4("10.0.0.0"), 8, "private"],
  [ip4("100.64.0.0"), 10, "cgnat"],
  [ip4("127.0.0.0"), 8, "loopback"],
  [ip4("169.254.0.0"), 16, "link-local"],
  [ip4("172.16.0.0"), 12, "private"],
  [ip4("192.0.0.0"), 24, "reserved"],
  [ip4("192.0.2.0"), 24, "reserved"],
  [ip4("192.88.99.0"), 24, "reserved"],
  [ip4("192.168.0.0"), 16, "private"],
  [ip4("198.18.0.0"), 15, "reserved"],
  [ip4("198.51.100.0"), 24, "reserved"],
  [ip4("203.0.113.0"), 24, "reserved"],
  [ip4("224.0.0.0"), 4, "multicast"],
  [ip4("240.0.0.0"), 4, "reserved"],
];

function ip4(address: string): number {
  return address.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}

function classifyV4(address: string): AddressClass {
  const value = ip4(address);
  for (const [base, bits, kind] of v4Ranges) {
    const size = 2 ** (32 - bits);
    if (value >= base && value < base + size) return kind;
  }
  return "public";
}

/** The eight 16-bit groups of an IPv6 address (with an embedded dotted IPv4 tail expanded). */
function groups6(address: string): number[] {
  let text = address.toLowerCase().split("%")[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v = ip4(dotted[1]!);
    text = text.slice(0, -dotted[1]!.length) + `${(v >>> 16).toString(16)}:${(v & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, null];
  const left = head ? head.split(":").filter(Boolean) : [];
  const right = tail ? tail.split(":").filter(Boolean) : [];
  const fill = tail === null ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16));
}

function v4From(hi: number, lo: number): string {
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");
}

function classifyV6(address: string): AddressClass {
  const g = groups6(address);
  const [g0 = 0, g1 = 0] = g;
  const zeroUntil = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUntil(8)) return "unspecified";
  if (zeroUntil(7) && g[7] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
  if ((zeroUntil(5) && g[5] === 0xffff) || zeroUntil(6) || (g0 === 0x64 && g1 === 0xff9b && g.slice(2, 6).every((x) => x === 0))) {
    return classifyV4(v4From(g[6]!, g[7]!));
  }
  if (g0 === 0x2002) return classifyV4(v4From(g1, g[2]!)); // 6to4
  if (g0 === 0x64 && g1 === 0xff9b && g[2] === 1) return "private"; // local-use NAT64
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local";
  if ((g0 & 0xffc0) === 0xfe80) return "link-local";
  if ((g0 & 0xffc0) === 0xfec0) return "private"; // deprecated site-local
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  if (g0 === 0x2001 && g1 === 0x0db8) return "reserved"; // documentation
  if (g0 === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return "reserved"; // discard-only
  if (g0 === 0x2001 && g1 < 0x0200) return "reserved"; // IETF protocol assignments (Teredo, ORCHID…)
  return "public";
}

/** Which kind of address `address` (an IP literal) is; "public" is the only one we call. */
export function classifyAddress(address: string): AddressClass {
  const family = isIP(address);
  if (family === 4) return classifyV4(address);
  if (family === 6) return classifyV6(address);
  throw new Error(`Not an IP address: ${address}`);
}

export type LookupFn = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

const defaultLookup: LookupFn = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export type OutboundOptions = { allowPrivate?: boolean; policy?: OutboundPolicy; lookup?: LookupFn; field?: string; what?: string };

/**
 * Parses `raw` and checks it may be called from our servers. Returns the URL; throws a
 * VALIDATION AppError a member can act on. This is the early, friendly check; the addresses
 * actually connected to are checked again at connect time by the outbound client
 * (outbound-client.ts), which also re-checks every redirect.
 */
export async function assertPublicUrl(raw: string, options: OutboundOptions = {}): Promise<URL> {
  const { field, what = "That URL" } = options;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("VALIDATION", `${what} is not a valid URL (it should start with https://).`, { field });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AppError("VALIDATION", `${what} must start with https:// (or http://).`, { field });
  }
  if (url.username || url.password) {
    throw new AppError("VALIDATION", `${what} must not contain a user name or password.`, { field });
  }
  const policy = options.policy ?? policyFromEnv(options.allowPrivate);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  // Private networks allowed (a LAN install, tests): names are not resolved here; the outbound
  // client still checks every address it connects to against the policy.
  else if (policy.allow.size > 0) return url;
  else {
    try {
      addresses = (await (options.lookup ?? defaultLookup)(host)).map((a) => a.address);
    } catch {
      throw new AppError("VALIDATION", `${what}: the host “${host}” could not be found.`, { field });
    }
  }
  if (addresses.length === 0) throw new AppError("VALIDATION", `${what}: the host “${host}” could not be found.`, { field });
  for (const address of addresses) {
    const refusal = refusalOf(address, policy);
    if (refusal) throw new AppError("VALIDATION", `${what} ${refusal}.`, { field });
  }
  return url;
}
