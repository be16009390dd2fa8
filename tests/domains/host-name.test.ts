import { describe, expect, it } from "vitest";
import { domainsConfigFromEnv } from "@/server/domains/config";
import { isOwnHost, normalizeDomain, requestHost } from "@/server/domains/host-name";

const own = ["app.loomcast.test", "localhost", "loomcast.test"];
const normalize = (input: string) => normalizeDomain(input, own);
const refusal = (input: string) => {
  try {
    normalize(input);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe("normalizeDomain", () => {
  it("lowercases, strips scheme, path, trailing dot; IDN becomes punycode", () => {
    expect(normalize("  https://Blog.Acme.COM/some/path?x=1 ")).toBe("blog.acme.com");
    expect(normalize("blog.acme.com.")).toBe("blog.acme.com");
    expect(normalize("bücher.example")).toBe("xn--bcher-kva.example");
    expect(normalize("xn--bcher-kva.example")).toBe("xn--bcher-kva.example");
  });

  it("refuses IP addresses, ports, single labels and malformed names with a message", () => {
    expect(refusal("192.0.2.10")).toBe("Enter a domain name, not an IP address.");
    expect(refusal("[2001:db8::1]")).toBe("Enter a domain name, not an IP address.");
    expect(refusal("blog.acme.com:8080")).toContain("Leave out the port");
    expect(refusal("intranet")).toContain("full domain with a dot");
    expect(refusal("-bad.acme.com")).toContain("not a valid domain name");
    expect(refusal("bad_label.acme.com")).toContain("not a valid domain name");
    expect(refusal("a".repeat(64) + ".com")).toContain("not a valid domain name");
    expect(refusal("user@acme.com")).toContain("only the domain");
    expect(refusal("")).toContain("Enter a domain");
  });

  it("refuses our own hosts and their subdomains", () => {
    expect(refusal("app.loomcast.test")).toContain("Loomcast's own domains");
    expect(refusal("evil.loomcast.test")).toContain("Loomcast's own domains");
    expect(refusal("shop.localhost")).toContain("Loomcast's own domains");
    expect(normalize("notloomcast.test")).toBe("notloomcast.test");
  });
});

describe("request hosts", () => {
  it("drops the port and lowercases", () => {
    expect(requestHost("Blog.Acme.com:443")).toBe("blog.acme.com");
    expect(requestHost("[::1]:3000")).toBe("[::1]");
    expect(requestHost("")).toBeNull();
    expect(requestHost(null)).toBeNull();
  });

  it("treats own hosts, *.localhost and IP literals as the product", () => {
    expect(isOwnHost("localhost", own)).toBe(true);
    expect(isOwnHost("127.0.0.1", own)).toBe(true);
    expect(isOwnHost("[::1]", own)).toBe(true);
    expect(isOwnHost("app.loomcast.test", own)).toBe(true);
    expect(isOwnHost("web", own)).toBe(true);
    expect(isOwnHost("blog.acme.com", own)).toBe(false);
  });
});

describe("configuration", () => {
  it("own hosts come from APP_URL, localhost and APP_HOSTS; DNS servers must be addresses", () => {
    const config = domainsConfigFromEnv({ APP_URL: "https://app.loomcast.test", APP_HOSTS: "Loomcast.test, www.loomcast.test", DNS_RESOLVERS: "127.0.0.1:5353, [::1]:53" });
    expect(config).toEqual({ ownHosts: ["app.loomcast.test", "localhost", "loomcast.test", "www.loomcast.test"], dnsServers: ["127.0.0.1:5353", "[::1]:53"], cnameTarget: "app.loomcast.test" });
    expect(() => domainsConfigFromEnv({ APP_URL: "https://x.test", APP_HOSTS: undefined, DNS_RESOLVERS: "dns.google" })).toThrow(/not an IP address/);
  });
});
