import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, responseKind } from "@/server/security/content-security-policy";
import { requestIsHttps, securityHeaders } from "@/server/security/security-headers";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("responseKind", () => {
  it.each([
    ["/", "app"],
    ["/acme/content", "app"],
    ["/r/token", "app"],
    ["/blog/acme", "blog"],
    ["/blog/acme/a-post", "blog"],
    ["/blog/acme/search", "blog"],
    ["/blog/acme/rss.xml", "data"],
    ["/blog/acme/atom.xml", "data"],
    ["/blog/acme/sitemap.xml", "data"],
    ["/blog/acme/robots.txt", "data"],
    ["/api/trpc/workspace.list", "data"],
    ["/api/auth/session", "data"],
    ["/icon.svg", "data"],
  ] as const)("%s → %s", (path, kind) => {
    expect(responseKind(path)).toBe(kind);
  });
});

describe("contentSecurityPolicy", () => {
  it("pages allow scripts by nonce only, nothing framed, no plugins", () => {
    for (const kind of ["app", "blog"] as const) {
      const d = directives(contentSecurityPolicy({ kind, nonce: "abc123", https: false, dev: false }));
      expect(d["script-src"]).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
      expect(d["object-src"]).toEqual(["'none'"]);
      expect(d["frame-ancestors"]).toEqual(["'none'"]);
      expect(d["form-action"]).toEqual(["'self'"]);
      expect(d["connect-src"]).toEqual(["'self'"]);
      expect(d["upgrade-insecure-requests"]).toBeUndefined();
    }
  });
  it("the blog is stricter than the app", () => {
    const blog = directives(contentSecurityPolicy({ kind: "blog", nonce: "n", https: true, dev: false }));
    expect(blog["base-uri"]).toEqual(["'none'"]);
    expect(blog["worker-src"]).toEqual(["'none'"]);
    expect(blog["img-src"]).toEqual(["'self'", "data:", "https:"]);
    expect(blog["upgrade-insecure-requests"]).toEqual([]);
  });
  it("development adds eval for React's error overlay; production never", () => {
    expect(contentSecurityPolicy({ kind: "app", nonce: "n", https: false, dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ kind: "app", nonce: "n", https: false, dev: false })).not.toContain("unsafe-eval");
  });
  it("data responses run no script at all", () => {
    const d = directives(contentSecurityPolicy({ kind: "data", nonce: "n", https: false, dev: false }));
    expect(d["default-src"]).toEqual(["'none'"]);
    expect(d["script-src"]).toBeUndefined();
  });
});

describe("HTTPS and HSTS", () => {
  const headers = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});
  it("an https public URL means HTTPS", () => {
    expect(requestIsHttps(headers(), "https://app.loomcast.test", 1)).toBe(true);
  });
  it("otherwise the entry our trusted proxies wrote decides, counted from the right", () => {
    expect(requestIsHttps(headers(), "http://localhost:3000", 1)).toBe(false);
    expect(requestIsHttps(headers("https"), "http://localhost:3000", 1)).toBe(true);
    expect(requestIsHttps(headers("https, http"), "http://localhost:3000", 1)).toBe(false);
    expect(requestIsHttps(headers("https, http"), "http://localhost:3000", 2)).toBe(true);
  });
  it("HSTS only over HTTPS", () => {
    expect(securityHeaders({ kind: "app", nonce: "n", https: true, dev: false })["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(securityHeaders({ kind: "app", nonce: "n", https: false, dev: false })["Strict-Transport-Security"]).toBeUndefined();
  });
});
