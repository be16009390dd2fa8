import "server-only";

/**
 * Looks up `_loomcast-verify.<host>` TXT with node:dns through the configured servers and says,
 * in words for the user, whether it holds `loomcast-verify=<token>`.
 */
import { Resolver } from "node:dns/promises";
import { verificationRecord } from "./verification-record";

export type TxtCheck =
  | { outcome: "verified" }
  /** The DNS answered: the record is missing or holds other values. */
  | { outcome: "failed"; reason: string }
  /** The DNS did not answer (timeout, refused, server failure): says nothing about the domain. */
  | { outcome: "unreachable"; reason: string };

export interface TxtCheckOptions {
  servers: string[];
  /** Per attempt (node:dns `timeout`). */
  timeoutMs?: number;
  tries?: number;
}

const quote = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}…` : s);

export async function checkTxt(host: string, token: string, options: TxtCheckOptions): Promise<TxtCheck> {
  const record = verificationRecord(host, token);
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 3000, tries: options.tries ?? 2 });
  if (options.servers.length) resolver.setServers(options.servers);
  let values: string[];
  try {
    // A TXT record's value may be split into several strings of at most 255 bytes: join them.
    values = (await resolver.resolveTxt(record.name)).map((chunks) => chunks.join(""));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "ENOTFOUND" || code === "ENODATA") {
      return { outcome: "failed", reason: `No TXT record found at ${record.name}.` };
    }
    if (code === "ETIMEOUT") {
      return { outcome: "unreachable", reason: `The DNS lookup of ${record.name} timed out. Try again in a minute.` };
    }
    return { outcome: "unreachable", reason: `The DNS lookup of ${record.name} failed (${code || "error"}). Try again in a minute.` };
  }
  if (values.some((v) => v.trim() === record.value)) return { outcome: "verified" };
  if (values.length === 0) return { outcome: "failed", reason: `No TXT record found at ${record.name}.` };
  const shown = values.slice(0, 5).map(quote).join(", ") + (values.length > 5 ? `, and ${values.length - 5} more` : "");
  return { outcome: "failed", reason: `The TXT record at ${record.name} has other values: ${shown}. Expected ${quote(record.value)}.` };
}
