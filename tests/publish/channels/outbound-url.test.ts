import { describe, expect, it } from "vitest";
import { assertPublicUrl, classifyAddress } from "@/server/security/outbound-url";

describe("classifyAddress", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["93.184.216.34", "public"],
    ["127.0.0.1", "loopback"],
    ["127.255.1.2", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "cgnat"],
    ["100.128.0.1", "public"],
    ["224.0.0.251", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fd12:3456::1", "unique-local"],
    ["fc00::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["2002:c0a8:0101::1", "private"],
    ["2001:db8::1", "reserved"],
    ["2606:4700:4700::1111", "public"],
    ["2a00:1450:4001:82b::200e", "public"],
  ])("%s → %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });
});

describe("assertPublicUrl (private networks not allowed)", () => {
  const resolvesTo = (...addresses: string[]) => () => Promise.resolve(addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })));
  const strict = (url: string, lookup = resolvesTo("93.184.216.34")) => assertPublicUrl(url, { allowPrivate: false, lookup });

  it("accepts a public https URL", async () => {
    await expect(strict("https://hooks.example.com/x")).resolves.toBeInstanceOf(URL);
  });
  it("refuses other schemes, credentials in the URL and garbage", async () => {
    await expect(strict("ftp://example.com/")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(strict("file:///etc/passwd")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(strict("https://user:pw@example.com/")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(strict("not a url")).rejects.toMatchObject({ code: "VALIDATION" });
  });
  it("refuses IP literals and hosts that resolve to private addresses (any of them)", async () => {
    await expect(strict("http://127.0.0.1:8080/")).rejects.toThrow(/loopback/);
    await expect(strict("http://[::1]/")).rejects.toThrow(/loopback/);
    await expect(strict("http://169.254.169.254/latest/meta-data")).rejects.toThrow(/link local/);
    await expect(strict("https://internal.example.com/", resolvesTo("93.184.216.34", "10.0.0.5"))).rejects.toThrow(/private/);
    await expect(strict("https://rebind.example.com/", resolvesTo("::ffff:192.168.0.1"))).rejects.toThrow(/private/);
  });
  it("refuses hosts that do not resolve", async () => {
    await expect(strict("https://nowhere.invalid/", () => Promise.reject(new Error("ENOTFOUND")))).rejects.toThrow(/could not be found/);
  });
  it("OUTBOUND_ALLOW_PRIVATE_NETWORKS lets local addresses through", async () => {
    await expect(assertPublicUrl("http://127.0.0.1:9/", { allowPrivate: true })).resolves.toBeInstanceOf(URL);
  });
});
