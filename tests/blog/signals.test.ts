import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { isBot } from "@/server/blog/bots";
import { requestBlogRevalidation } from "@/server/blog/revalidate";
import { signatureHeader, signRevalidation, verifyRevalidation } from "@/server/blog/revalidate-signature";
import { countH1, seoChecks } from "@/lib/blog/seo-checks";
import { ViewLimiter } from "@/server/blog/view-limit";

describe("revalidation signature", () => {
  it("verifies its own signature and refuses tampering, other keys and old ones", () => {
    const body = JSON.stringify({ workspaceId: "w1", slugs: ["a"] });
    const sig = signRevalidation(body);
    expect(verifyRevalidation(body, sig)).toBe(true);
    expect(verifyRevalidation(body.replace("a", "b"), sig)).toBe(false);
    expect(verifyRevalidation(body, sig.replace(/.$/, (c) => (c === "0" ? "1" : "0")))).toBe(false);
    expect(verifyRevalidation(body, null)).toBe(false);
    expect(verifyRevalidation(body, signRevalidation(body, Date.now() - 10 * 60_000))).toBe(false);
  });

  it("POSTs a signed request to the app's revalidate route", async () => {
    const seen: { body: string; signature: string | undefined; path: string | undefined }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        seen.push({ body, signature: req.headers[signatureHeader] as string | undefined, path: req.url });
        res.writeHead(verifyRevalidation(body, (req.headers[signatureHeader] as string) ?? null) ? 200 : 401).end("{}");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await requestBlogRevalidation({ workspaceId: "w1", slugs: ["hello"] }, { appUrl })).toBe(true);
      expect(seen[0]).toMatchObject({ path: "/api/blog/revalidate" });
      expect(JSON.parse(seen[0]!.body)).toEqual({ workspaceId: "w1", slugs: ["hello"], sites: [] });
    } finally {
      server.close();
    }
    // Nothing listening: false, never a throw.
    expect(await requestBlogRevalidation({ workspaceId: "w1", slugs: [] }, { appUrl, timeoutMs: 2000 })).toBe(false);
  });
});

describe("page-view signals", () => {
  it("ignores bots and empty user agents", () => {
    expect(isBot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).toBe(true);
    expect(isBot("curl/8.5.0")).toBe(true);
    expect(isBot(null)).toBe(true);
    expect(isBot("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36")).toBe(false);
  });

  it("limits beacons per client per window", () => {
    const limiter = new ViewLimiter(2, 60_000);
    const now = 1_000_000;
    expect([limiter.allow("203.0.113.5", now), limiter.allow("203.0.113.5", now), limiter.allow("203.0.113.5", now)]).toEqual([true, true, false]);
    expect(limiter.allow("203.0.113.6", now)).toBe(true);
    expect(limiter.allow("203.0.113.5", now + 60_000)).toBe(true);
  });
});

describe("SEO checks", () => {
  const good = {
    title: "Usage-based pricing for SaaS founders in 2025",
    body: "# Usage-based pricing\n\nText.\n\n```md\n# not a heading\n```\n",
    seo: { metaDescription: "How to move a SaaS product from seats to usage-based pricing without losing revenue or confusing customers." },
    image: { alt: "A chart of revenue by plan" },
  };
  it("passes a well-prepared post", () => {
    expect(seoChecks(good).map((c) => c.status)).toEqual(["pass", "pass", "pass", "pass", "pass"]);
  });
  it("flags each problem", () => {
    const checks = seoChecks({ title: "Hi", body: "# One\n\n# Two", seo: { metaDescription: "", canonicalUrl: "javascript:alert(1)" }, image: { alt: " " } });
    expect(Object.fromEntries(checks.map((c) => [c.id, c.status]))).toEqual({ title: "warn", h1: "fail", description: "fail", canonical: "fail", "image-alt": "fail" });
  });
  it("counts ATX, setext and HTML H1s outside code", () => {
    expect(countH1("Title\n=====\n\n<h1>x</h1>\n\n## two")).toBe(2);
    expect(countH1("```\n# code\n```")).toBe(0);
  });
});
