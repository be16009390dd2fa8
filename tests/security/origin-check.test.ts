/**
 * Cross-origin state-changing calls are refused before any route runs: proxy.ts as Next.js calls
 * it (tRPC mutations and REST POSTs), with the exemptions for signed machine-to-machine routes and
 * Auth.js. A request the proxy lets through carries Next's x-middleware-next header.
 */
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { appOrigins, crossOriginProblem } from "@/server/security/origin-check";

const post = (path: string, headers: Record<string, string>, host = "localhost:3000") =>
  proxy(new NextRequest(`http://${host}${path}`, { method: "POST", body: "{}", headers: { host, "content-type": "application/json", ...headers } }));
const passed = (response: Response) => response.headers.get("x-middleware-next") === "1";

describe("proxy.ts: Origin on state-changing API calls", () => {
  it("the matcher covers tRPC and the REST routes", () => {
    for (const url of ["/api/trpc/content.request", "/api/blog/view", "/api/stripe/webhook"]) {
      expect(unstable_doesMiddlewareMatch({ config, url })).toBe(true);
    }
  });

  it("refuses a tRPC mutation and a REST POST from another origin with 403 and a plain message", async () => {
    for (const path of ["/api/trpc/content.request", "/api/trpc/review.approve,review.reject?batch=1", "/api/blog/view"]) {
      const response = await post(path, { origin: "https://evil.example" });
      expect(response.status).toBe(403);
      expect(passed(response)).toBe(false);
      expect(await response.json()).toEqual({ error: "Requests from evil.example are refused: this API only accepts calls from the app's own pages." });
    }
    expect((await post("/api/trpc/content.request", { origin: "null" })).status).toBe(403);
    expect((await post("/api/trpc/content.request", { "sec-fetch-site": "cross-site" })).status).toBe(403);
  });

  it("lets the app's own pages through: same host, APP_URL's host, the forwarded host behind a proxy", async () => {
    expect(passed(await post("/api/trpc/content.request", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    const internal = await post("/api/trpc/content.request", { origin: "https://app.loomcast.example", "x-forwarded-host": "app.loomcast.example" }, "10.0.0.5:3000");
    expect(passed(internal)).toBe(true);
    expect(appOrigins({ APP_URL: "https://app.loomcast.example", APP_HOSTS: "Loomcast.example" })).toEqual(["app.loomcast.example", "loomcast.example"]);
    const problem = (origin: string) => crossOriginProblem({ method: "POST", pathname: "/api/trpc/x", headers: new Headers({ host: "10.0.0.5:3000", origin }) }, ["app.loomcast.example"]);
    expect(problem("https://app.loomcast.example")).toBeNull();
    expect(problem("https://app.loomcast.example.evil.example")).toMatch(/refused/);
  });

  it("a request without Origin or a cross-site marker (not a browser page) goes on", async () => {
    expect(passed(await post("/api/trpc/content.request", {}))).toBe(true);
  });

  it("reads are not checked; the Stripe webhook, blog revalidation and Auth.js are exempt", async () => {
    const get = await proxy(new NextRequest("http://localhost:3000/api/trpc/review.queue", { headers: { host: "localhost:3000", origin: "https://evil.example" } }));
    expect(passed(get)).toBe(true);
    for (const path of ["/api/stripe/webhook", "/api/blog/revalidate", "/api/auth/callback/credentials"]) {
      expect(passed(await post(path, { origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBe(true);
    }
  });
});
