import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkTxt } from "@/server/domains/check-txt";
import { startLocalDns, type LocalDns } from "./dns-server";

let dns: LocalDns;
beforeAll(async () => {
  dns = await startLocalDns();
});
afterAll(() => dns.close());

const token = "0123456789abcdef0123456789abcdef";
const check = (host: string, timeoutMs = 1000) => checkTxt(host, token, { servers: [dns.address], timeoutMs, tries: 1 });

describe("checkTxt against a DNS server", () => {
  it("verifies the exact record, among other TXT values and split into chunks", async () => {
    dns.set("_loomcast-verify.blog.acme.test", { txt: [["v=spf1 -all"], ["loomcast-verify=", token]] });
    expect(await check("blog.acme.test")).toEqual({ outcome: "verified" });
    expect(dns.queries).toContain("_loomcast-verify.blog.acme.test");
  });

  it("names the values it found when none matches", async () => {
    dns.set("_loomcast-verify.wrong.acme.test", { txt: [["loomcast-verify=somethingelse"], ["hello"]] });
    const result = await check("wrong.acme.test");
    expect(result).toEqual({
      outcome: "failed",
      reason: `The TXT record at _loomcast-verify.wrong.acme.test has other values: "loomcast-verify=somethingelse", "hello". Expected "loomcast-verify=${token}".`,
    });
  });

  it("says no TXT record was found when the name exists without one (NODATA)", async () => {
    dns.set("_loomcast-verify.empty.acme.test", { txt: [] });
    expect(await check("empty.acme.test")).toEqual({ outcome: "failed", reason: "No TXT record found at _loomcast-verify.empty.acme.test." });
  });

  it("says no TXT record was found for a name that does not exist (NXDOMAIN)", async () => {
    dns.set("_loomcast-verify.missing.acme.test", "nxdomain");
    expect(await check("missing.acme.test")).toEqual({ outcome: "failed", reason: "No TXT record found at _loomcast-verify.missing.acme.test." });
  });

  it("reports a server that does not answer as unreachable, not as a missing record", async () => {
    dns.set("_loomcast-verify.slow.acme.test", "timeout");
    expect(await check("slow.acme.test", 200)).toEqual({ outcome: "unreachable", reason: "The DNS lookup of _loomcast-verify.slow.acme.test timed out. Try again in a minute." });
  });

  it("reports a server failure as unreachable", async () => {
    dns.set("_loomcast-verify.broken.acme.test", "servfail");
    expect(await check("broken.acme.test")).toMatchObject({ outcome: "unreachable", reason: expect.stringContaining("failed (ESERVFAIL)") });
  });
});
