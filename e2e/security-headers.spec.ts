/**
 * Security headers on every kind of response, against `next start`: app pages and blog pages get
 * a nonce CSP whose nonce is on every script Next.js rendered (a fresh one per response), API
 * answers and feeds get a no-script policy, all get nosniff, Referrer-Policy, frame denial and
 * Permissions-Policy, and HSTS comes only over HTTPS. A script injected into a real page is
 * refused, and the CSP guard (which fails any test with a violation) sees it.
 */
import { expect, test } from "./support/csp-guard";
import { newPerson, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1] ?? null;

function expectCommon(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
}

test("app, blog, API and feed responses carry their security headers", async ({ page }) => {
  const owner = newPerson("owner", runId);
  await signUp(page, owner);
  await page.getByLabel("Brand name", { exact: true }).fill(`Headers ${runId}`);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Headers ${runId}`);
  const site = slugOf(page);

  for (const [path, kind] of [[`/${site}`, "app"], [`/blog/${site}`, "blog"]] as const) {
    const response = (await page.goto(path))!;
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expectCommon(headers);
    const csp = headers["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("object-src 'none'");
    if (kind === "blog") expect(csp).toContain("base-uri 'none'");
    // Every script in the HTML carries this response's nonce (chunks loaded later are trusted
    // through 'strict-dynamic'); the CSP guard fails the test if any of them was refused.
    const tags = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes("application/ld+json"));
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((tag) => !tag.includes(` nonce="${nonceOf(csp)}"`))).toEqual([]);
    expect(headers["strict-transport-security"]).toBeUndefined();
  }

  const again = await page.request.get(`/blog/${site}`);
  expect(nonceOf(again.headers()["content-security-policy"]!)).not.toBe(nonceOf((await page.request.get(`/blog/${site}`)).headers()["content-security-policy"]!));

  for (const path of ["/api/auth/session", `/blog/${site}/rss.xml`, `/blog/${site}/sitemap.xml`]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expectCommon(response.headers());
    expect(response.headers()["content-security-policy"], path).toMatch(/^default-src 'none'/);
  }

  const asset = await page.evaluate(() => (document.querySelector("script[src^='/_next/static/']") as HTMLScriptElement | null)?.getAttribute("src") ?? null);
  expect(asset).toBeTruthy();
  expect((await page.request.get(asset!)).headers()["x-content-type-options"]).toBe("nosniff");

  // Behind a TLS-terminating proxy (one trusted hop) the response pins HTTPS.
  const overHttps = await page.request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=31536000");
  expect(overHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("a script injected into a page without the nonce is refused, and the CSP guard reports it", async ({ page, cspViolations }) => {
  await page.route("**/sign-in", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<script>window.injected = true</script></body>");
    await route.fulfill({ response, body });
  });
  await page.goto("/sign-in");
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
  expect(cspViolations.join("\n")).toMatch(/script-src/);
  // Provoked on purpose: emptied so the guard's own check passes; any other test with one fails.
  cspViolations.length = 0;
});
