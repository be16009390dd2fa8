/**
 * The blog search route's per-address limit (shared PostgreSQL limiter), through the real route
 * handler: 429 with a plain message once an address is over the limit, other addresses unaffected.
 */
import { describe, expect, it, vi } from "vitest";
import { env } from "@/env";
import { abuseRules } from "@/server/security/abuse-limits";
import { createPost } from "../blog/blog-factory";
import { createOwner, uniqueIp } from "../factories/users";
import { fillWindow } from "./fill-window";

// `server-only` is Next's build-time marker (it throws outside a React Server bundle); our code runs as is.
vi.mock("server-only", () => ({}));
// Next's data cache outside a Next server: unstable_cache reads `globalThis.__incrementalCache` when no
// request store exists. This one never hits, so every cached read runs our query for real.
(globalThis as { __incrementalCache?: unknown }).__incrementalCache ??= {
  isOnDemandRevalidate: false,
  generateSimpleCacheKey: async (key: string) => key,
  get: async () => null,
  set: async () => undefined,
};

const { GET: blogSearch } = await import("@/app/api/blog/search/route");

describe("blog search per client address", () => {
  it("the route answers 429 with a plain message once an address is over the limit; another address still searches", async () => {
    const owner = await createOwner();
    await createPost(owner.workspace.id, { title: "Pricing pages that convert" });
    const search = (ip: string) => blogSearch(new Request(`http://localhost/api/blog/search?site=${owner.workspace.slug}&q=pricing`, { headers: { "x-forwarded-for": ip } }));
    const ip = uniqueIp();
    await fillWindow(abuseRules.blogSearchIp, ip, env.BLOG_SEARCHES_PER_IP_PER_MINUTE - 1);
    expect((await search(ip)).status).toBe(200);
    const refused = await search(ip);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/^Too many searches from your address\. Try again in \d+ seconds?\.$/) });
    expect((await search(uniqueIp())).status).toBe(200);
  });
});
