/**
 * Issue #13 item 3 against the real server (`next start`): malformed input sent over HTTP with a
 * signed-in session — a NUL byte, an out-of-range date, a NUL in a URL segment or a form field —
 * is a 4xx with a plain message (or the page's 404), never a 500. The vitest property tests cover
 * every procedure and handler in-process; this checks the routes as Next.js serves them.
 */
import { expect, test } from "@playwright/test";
import { newPerson, signUp } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);
/** A reader's browser (the beacon quietly ignores bots, headless Chromium included). */
const reader = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

test("malformed input over HTTP is refused with a 4xx, never a 500", async ({ page }) => {
  await signUp(page, newPerson("malformed", runId));
  const slug = new URL(page.url()).searchParams.get("workspace") ?? "";
  expect(slug).not.toBe("");
  const api = page.request;

  const status = async (response: Promise<{ status(): number }>) => (await response).status();

  await test.step("tRPC: a NUL byte in a field is a 400 naming the field", async () => {
    const response = await api.post("/api/trpc/workspace.update", { data: { json: { workspaceSlug: slug, name: "Acme\u0000 Inc" } } });
    expect(response.status()).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("The field “name” contains a NUL character");
  });

  await test.step("API routes: NUL bytes and dates out of range are 400s", async () => {
    const from = "0001-01-01T00:00:00Z";
    expect(await status(api.get(`/api/analytics/export?workspace=${slug}&table=production&from=${from}&to=0001-02-01T00:00:00Z`))).toBe(400);
    expect(await status(api.get(`/api/analytics/export?workspace=${slug}%00&table=production&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z`))).toBe(400);
    expect(await status(api.get(`/api/blog/search?site=${slug}&q=%00`))).toBe(400);
    expect(await status(api.get(`/api/channels/oauth/callback?state=%00&code=x`, { maxRedirects: 0 }))).toBe(400);
    expect(await status(api.post("/api/blog/view", { data: '{"site":"\\u0000","slug":"x"}', headers: { "content-type": "text/plain", "user-agent": reader } }))).toBe(400);
    expect(await status(api.get("/blog/a%00b/rss.xml"))).toBe(400);
    const form = { email: "a\u0000b@example.test", password: "x", csrfToken: "x" };
    expect(await status(api.post("/api/auth/callback/credentials", { form, maxRedirects: 0 }))).toBe(400);
  });

  await test.step("pages: a NUL byte in the URL is the page's 404 (or the page itself), not an error", async () => {
    expect(await status(api.get("/a%00b"))).toBe(404);
    expect(await status(api.get(`/blog/${slug}/a%00b`))).toBeLessThan(500);
    expect(await status(api.get(`/blog/${slug}/tag/a%00b`))).toBeLessThan(500);
    expect(await status(api.get(`/blog/${slug}/search?q=%00`))).toBeLessThan(500);
  });
});
