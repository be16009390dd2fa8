/**
 * Issue #13 item 3, the REST side: every route handler under app/ (API routes and the blog's feed
 * routes), called with real Request objects carrying generated malformed query strings, bodies and
 * path parameters, never answers 5xx; and a refused request leaves the tenant's rows as they were.
 * Routes that read the session take it from a real owner's context (the same handler the route
 * exports, given that context instead of Auth.js's cookie reader).
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { revalidateBodySchema, signRevalidation, signatureHeader } from "@/server/blog/revalidate-signature";
import { createInnerContext } from "@/server/trpc/context";
import { createPost } from "../../blog/blog-factory";
import { uniqueIp } from "../../factories/users";
import { bodyArb, field, queryArb } from "./requests";
import { show } from "./outcome";
import { changedTables, snapshotTenant } from "./row-snapshot";
import { seedTenant } from "./tenant";

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

const { analyticsExportHandler } = await import("@/server/analytics/export-request");
const { oauthCallbackHandler } = await import("@/server/publish/channels/oauth/callback-handler");
const { withApiErrors } = await import("@/server/http/with-api-errors");
const routes = {
  blogSearch: (await import("@/app/api/blog/search/route")).GET,
  blogView: (await import("@/app/api/blog/view/route")).POST,
  blogRevalidate: (await import("@/app/api/blog/revalidate/route")).POST,
  stripeWebhook: (await import("@/app/api/stripe/webhook/route")).POST,
  atom: (await import("@/app/blog/[site]/atom.xml/route")).GET,
  rss: (await import("@/app/blog/[site]/rss.xml/route")).GET,
  sitemap: (await import("@/app/blog/[site]/sitemap.xml/route")).GET,
  robots: (await import("@/app/blog/[site]/robots.txt/route")).GET,
};

const numRuns = Number(process.env.MALFORMED_INPUT_RUNS ?? 12);
const tenantPromise = seedTenant().then(async (t) => ({ ...t, post: await createPost(t.tenant.workspaceId) }));
type Seeded = Awaited<typeof tenantPromise>;

interface RouteCase {
  name: string;
  request: (t: Seeded) => fc.Arbitrary<{ url: string; init?: RequestInit; params?: Record<string, string> }>;
  handle: (t: Seeded, request: Request, params?: Record<string, string>) => Promise<Response>;
}

const get = (path: string) => (q: URLSearchParams) => ({ url: `http://localhost${path}?${q}` });
const post = (path: string, headers: (body: string) => Record<string, string> = () => ({})) => (body: string) => ({
  url: `http://localhost${path}`,
  init: { method: "POST", body, headers: { "content-type": "application/json", "x-forwarded-for": uniqueIp(), ...headers(body) } },
});
const isoNear = fc.constantFrom(new Date().toISOString(), new Date(Date.now() - 30 * 86_400_000).toISOString(), "+275760-09-13T00:00:00.000Z", "0001-01-01T00:00:00Z");
const feed = (name: string, route: (typeof routes)["atom"]): RouteCase => ({
  name,
  request: (t) => field(fc.constant(t.owner.workspace.slug)).map((site) => ({ url: `http://localhost/blog/${encodeURIComponent(site.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))}/${name}`, params: { site } })),
  handle: (_t, request, params) => route(request, { params: Promise.resolve({ site: params!.site! }) }),
});

const cases: RouteCase[] = [
  {
    name: "GET /api/analytics/export",
    request: (t) => queryArb({ workspace: fc.constant(t.owner.workspace.slug), table: fc.constantFrom("production", "costs", "top_posts"), from: isoNear, to: isoNear }).map(get("/api/analytics/export")),
    handle: (t, request) => withApiErrors("analytics export", analyticsExportHandler(async () => createInnerContext({ user: t.owner.user, ip: uniqueIp() })))(request),
  },
  {
    name: "GET /api/blog/search",
    request: (t) => queryArb({ site: fc.constant(t.owner.workspace.slug), q: fc.string({ maxLength: 30 }), prefix: fc.constantFrom("0", "1"), tag: fc.string({ maxLength: 10 }), page: fc.constantFrom("1", "2", "-1", "1e9") }).map(get("/api/blog/search")),
    handle: (_t, request) => routes.blogSearch(request),
  },
  {
    name: "POST /api/blog/view",
    request: (t) => bodyArb({ site: field(fc.constant(t.owner.workspace.slug)), slug: field(fc.constant(t.post.slug)) }).map(post("/api/blog/view")),
    handle: (_t, request) => routes.blogView(request),
  },
  {
    name: "POST /api/stripe/webhook",
    request: () => bodyArb({ id: field(fc.constant("evt_1")), type: field(fc.constant("customer.subscription.updated")), data: fc.constant({ object: {} }) }).map(post("/api/stripe/webhook", () => ({ "stripe-signature": "t=1,v1=00" }))),
    handle: (_t, request) => routes.stripeWebhook(request),
  },
  {
    name: "GET /api/channels/oauth/callback",
    request: () => queryArb({ state: fc.string({ maxLength: 40 }), code: fc.string({ maxLength: 20 }), error: fc.constantFrom("access_denied", "server_error"), error_description: fc.string() }).map(get("/api/channels/oauth/callback")),
    handle: (t, request) => withApiErrors("channel oauth callback", oauthCallbackHandler(async () => t.owner.user.id))(request),
  },
  feed("atom.xml", routes.atom),
  feed("rss.xml", routes.rss),
  feed("sitemap.xml", routes.sitemap),
  feed("robots.txt", routes.robots),
];

describe("malformed requests over every route handler", () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    "%s: no 5xx, and a refused request changes no row",
    async (_name, route) => {
      const seeded = await tenantPromise;
      await fc.assert(
        fc.asyncProperty(route.request(seeded), async ({ url, init, params }) => {
          const before = await snapshotTenant(seeded.tenant);
          const response = await route.handle(seeded, new Request(url, init), params);
          const shown = `${route.name} ${url.slice(0, 200)} ${show(init?.body ?? "")}`;
          if (response.status >= 500) throw new Error(`${shown} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
          if (response.status >= 400) {
            const changed = changedTables(before, await snapshotTenant(seeded.tenant));
            if (changed.length > 0) throw new Error(`${shown} was refused (${response.status}) but changed ${changed.join(", ")}`);
          }
        }),
        { numRuns, endOnFailure: true },
      );
    },
    60_000,
  );

  it("POST /api/blog/revalidate: a signed body the schema refuses is a 400, an unsigned one a 401, never a 5xx", async () => {
    const seeded = await tenantPromise;
    const bodies = bodyArb({ workspaceId: field(fc.constant(seeded.tenant.workspaceId)), slugs: fc.array(field(fc.constant(seeded.post.slug)), { maxLength: 3 }), sites: fc.array(field(fc.constant(seeded.owner.workspace.slug)), { maxLength: 2 }) });
    await fc.assert(
      fc.asyncProperty(bodies, fc.boolean(), async (body, signed) => {
        let valid = false;
        try {
          valid = revalidateBodySchema.safeParse(JSON.parse(body)).success;
        } catch {
          // not JSON
        }
        // Expiring Next's data cache needs the request store of a running Next server: a signed, valid body is the e2e's to test.
        if (signed && valid) return;
        const headers: Record<string, string> = signed ? { [signatureHeader]: signRevalidation(body) } : {};
        const response = await routes.blogRevalidate(new Request("http://localhost/api/blog/revalidate", { method: "POST", body, headers }));
        expect(response.status, show(body)).toBe(body.length > 32_000 ? 413 : signed ? 400 : 401);
      }),
      { numRuns: numRuns * 4 },
    );
  });

  it("a NUL byte in a query string is a 400 naming the field, before the handler runs", async () => {
    const response = await routes.blogSearch(new Request("http://localhost/api/blog/search?site=a&q=%00"));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "The field “q” contains a NUL character (\\u0000), which cannot be stored." });
  });
});
