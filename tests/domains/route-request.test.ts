import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { customDomains } from "@/server/db/schema";
import { clearHostCache, invalidateHost, resolveHost } from "@/server/domains/resolve-host";
import { routeRequest } from "@/server/domains/route-request";
import { createOwner, unique } from "../factories/users";

const ownHosts = ["app.loomcast.test", "localhost"];
const route = (host: string | null, pathname = "/") => routeRequest({ host, pathname }, { ownHosts, resolveHost });

let blogHost: string, appHost: string, pendingHost: string, site: string, organizationId: string;

beforeAll(async () => {
  const { workspace, organization } = await createOwner();
  site = workspace.slug;
  organizationId = organization.id;
  [blogHost, appHost, pendingHost] = [unique("blog") + ".acme.test", unique("app") + ".agency.test", unique("pending") + ".acme.test"];
  const other = await createOwner();
  await db.insert(customDomains).values([
    { organizationId, workspaceId: workspace.id, kind: "blog", host: blogHost, token: "t1", status: "verified", verifiedAt: new Date() },
    { organizationId, kind: "app", host: appHost, token: "t2", status: "verified", verifiedAt: new Date() },
    { organizationId: other.organization.id, workspaceId: other.workspace.id, kind: "blog", host: pendingHost, token: "t3", status: "pending" },
  ]);
  clearHostCache();
});

describe("routing by Host", () => {
  it("serves a verified blog domain's root, posts, feeds, sitemap and robots from the blog", async () => {
    expect(await route(blogHost, "/")).toEqual({ action: "rewrite", pathname: `/blog/${site}` });
    expect(await route(`${blogHost}:443`, "/my-post")).toEqual({ action: "rewrite", pathname: `/blog/${site}/my-post` });
    for (const file of ["/rss.xml", "/atom.xml", "/sitemap.xml", "/robots.txt", "/tag/news", "/search"]) {
      expect(await route(blogHost.toUpperCase(), file)).toEqual({ action: "rewrite", pathname: `/blog/${site}${file}` });
    }
  });

  it("redirects the app-style /blog/<site> links to the clean path; passes assets and the blog's APIs", async () => {
    expect(await route(blogHost, `/blog/${site}`)).toEqual({ action: "redirect", pathname: "/" });
    expect(await route(blogHost, `/blog/${site}/my-post`)).toEqual({ action: "redirect", pathname: "/my-post" });
    expect(await route(blogHost, "/api/blog/search")).toEqual({ action: "pass" });
    expect(await route(blogHost, "/_next/data/x.json")).toEqual({ action: "pass" });
    // Another site's prefix is just a path on this blog (it 404s there), never that other blog.
    expect(await route(blogHost, "/blog/other-site/post")).toEqual({ action: "rewrite", pathname: `/blog/${site}/blog/other-site/post` });
    expect(await route(blogHost, "/api/trpc/workspace.list")).toEqual({ action: "rewrite", pathname: `/blog/${site}/api/trpc/workspace.list` });
  });

  it("serves the app on a verified app domain, naming its organization", async () => {
    expect(await route(appHost, "/acme/review")).toEqual({ action: "app", organizationId });
    expect(await route(appHost, "/api/trpc/x")).toEqual({ action: "app", organizationId });
  });

  it("answers 'not connected' for unverified and unknown hosts", async () => {
    expect(await route(pendingHost, "/")).toEqual({ action: "not-connected", host: pendingHost });
    expect(await route("nobody.example.test", "/sign-in")).toEqual({ action: "not-connected", host: "nobody.example.test" });
  });

  it("leaves our own hosts as they are, without any lookup", async () => {
    const lookups: string[] = [];
    const spy = async (host: string) => (lookups.push(host), resolveHost(host));
    for (const host of ["app.loomcast.test", "localhost:3000", "127.0.0.1:3100", null]) {
      expect(await routeRequest({ host, pathname: "/blog/x" }, { ownHosts, resolveHost: spy })).toEqual({ action: "pass" });
    }
    expect(lookups).toEqual([]);
  });

  it("follows a verification change once the host's cache entry is invalidated", async () => {
    expect(await route(pendingHost)).toMatchObject({ action: "not-connected" });
    await db.update(customDomains).set({ status: "verified" }).where(eq(customDomains.host, pendingHost));
    // Still cached as unknown until invalidated (what the domain services do after a change).
    expect(await route(pendingHost)).toMatchObject({ action: "not-connected" });
    invalidateHost(pendingHost);
    expect(await route(pendingHost)).toMatchObject({ action: "rewrite" });
  });
});



