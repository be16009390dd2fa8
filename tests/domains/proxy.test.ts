import { getRedirectUrl, getRewrittenUrl, isRewrite, unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { db } from "@/server/db/client";
import { customDomains } from "@/server/db/schema";
import { notConnectedHtml } from "@/server/domains/not-connected-page";
import { createOwner, unique } from "../factories/users";

/** The proxy module itself, as Next.js calls it; the request headers it forwards are Next's x-middleware-request-* headers. */
const call = (host: string, path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://${host}${path}`, { headers: { host, ...headers } }));

let blogHost: string, appHost: string, site: string, organizationId: string;
beforeAll(async () => {
  const { workspace, organization } = await createOwner();
  [site, organizationId] = [workspace.slug, organization.id];
  [blogHost, appHost] = [`${unique("blog")}.acme.test`, `${unique("app")}.agency.test`];
  await db.insert(customDomains).values([
    { organizationId, workspaceId: workspace.id, kind: "blog", host: blogHost, token: "t", status: "verified" },
    { organizationId, kind: "app", host: appHost, token: "t", status: "verified" },
  ]);
});

describe("proxy.ts", () => {
  it("sets x-loomcast-org on an app domain, replacing whatever the client sent", async () => {
    const response = await call(appHost, "/dashboard", { "x-loomcast-org": "someone-else" });
    expect(response.headers.get("x-middleware-request-x-loomcast-org")).toBe(organizationId);
  });

  it("drops a client-sent x-loomcast-org on our own host and changes nothing else", async () => {
    const spoofed = await call("localhost:3000", "/acme", { "x-loomcast-org": organizationId, cookie: "a=b" });
    const forwarded = spoofed.headers.get("x-middleware-override-headers")!.split(",");
    expect(forwarded).toContain("cookie");
    expect(forwarded).not.toContain("x-loomcast-org");
    expect(spoofed.headers.get("x-middleware-request-x-loomcast-org")).toBeNull();
    const plain = await call("localhost:3000", "/acme");
    expect(plain.headers.get("x-middleware-next")).toBe("1");
    // The only request headers the proxy adds on our own host are the CSP and its nonce (for Next's scripts).
    expect(plain.headers.get("x-middleware-override-headers")!.split(",").sort()).toEqual(["content-security-policy", "host", "x-nonce"]);
    expect(plain.headers.get("x-middleware-request-x-nonce")).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
  });

  it("rewrites a blog domain into /blog/<site> and redirects prefixed links to the clean path", async () => {
    const post = await call(blogHost, "/my-post?utm=x", { "x-loomcast-org": organizationId });
    expect(isRewrite(post)).toBe(true);
    expect(getRewrittenUrl(post)).toBe(`http://${blogHost}/blog/${site}/my-post?utm=x`);
    expect(post.headers.get("x-middleware-request-x-loomcast-org")).toBeNull();
    const prefixed = await call(blogHost, `/blog/${site}/my-post`);
    expect(prefixed.status).toBe(308);
    expect(getRedirectUrl(prefixed)).toBe(`http://${blogHost}/my-post`);
  });

  it("answers an unknown host with the not-connected page, escaped", async () => {
    const response = await call("nobody.example.test", "/sign-in");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("This domain is not connected to Loomcast yet");
    expect(notConnectedHtml('"><script>alert(1)</script>')).not.toContain("<script>alert");
  });

  it("runs on pages and APIs, not on build assets", () => {
    expect(unstable_doesMiddlewareMatch({ config, url: "/api/trpc/x" })).toBe(true);
    expect(unstable_doesMiddlewareMatch({ config, url: "/rss.xml" })).toBe(true);
    expect(unstable_doesMiddlewareMatch({ config, url: "/_next/static/chunk.js" })).toBe(false);
  });
});
