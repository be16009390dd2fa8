/**
 * Custom domains through `next start` (the real proxy): an owner connects a blog domain in
 * Settings → Domains and sees the exact DNS records; once the domain is verified (set in the
 * database here: the e2e server has no local DNS, verification itself is covered by
 * tests/domains) requests with that Host serve the blog at the root, feeds and sitemap name the
 * domain, an app domain serves the app, and unknown or unverified hosts get the "not connected" page.
 */
import http from "node:http";
import { expect, test } from "./support/csp-guard";
import pg from "pg";
import { newPerson, shoot, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);

function get(baseURL: string, path: string, host: string): Promise<{ status: number; location?: string; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path, headers: { host } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }));
    });
    request.on("error", reject);
  });
}

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

test("a verified blog domain serves the blog at its root; app, unknown and own hosts are routed", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const owner = newPerson("owner", runId);
  const blogHost = `blog-${runId}.example.test`;
  const appHost = `app-${runId}.example.test`;
  let site = "";

  await test.step("an owner connects a blog domain and sees the records to create", async () => {
    await signUp(page, owner);
    const brand = `Domains ${runId}`;
    await page.getByLabel("Brand name", { exact: true }).fill(brand);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(brand);
    site = slugOf(page);
    await page.goto(`/${site}/settings/domains`);
    await page.getByLabel("Domain").first().fill(`https://${blogHost.toUpperCase()}/`);
    await page.getByRole("button", { name: "Connect" }).first().click();
    await expect(page.getByText(`_loomcast-verify.${blogHost}`)).toBeVisible();
    await expect(page.getByText("Waiting for DNS")).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy TXT value" })).toBeVisible();
    await shoot(page, "domains-settings");
  });

  await test.step("an unverified domain is not connected", async () => {
    // Another organization's pending domain (the blog domain above is not requested before it is
    // verified: a lookup is cached for 30 s, and only the domain services invalidate it).
    const pendingHost = `pending-${runId}.example.test`;
    const [org] = await sql("insert into organizations (id, name) values (gen_random_uuid()::text, $1) returning id", [`Pending ${runId}`]);
    await sql("insert into custom_domains (id, organization_id, kind, host, token) values (gen_random_uuid()::text, $1, 'app', $2, 't')", [org.id, pendingHost]);
    const pending = await get(baseURL!, "/", pendingHost);
    expect(pending.status).toBe(404);
    expect(pending.body).toContain("This domain is not connected to Loomcast yet");
  });

  await test.step("verified, with a published post, the domain serves the blog", async () => {
    const [ws] = await sql("select id, organization_id from workspaces where slug = $1", [site]);
    await sql("update custom_domains set status = 'verified', verified_at = now() where host = $1", [blogHost]);
    const [item] = await sql(
      `insert into content_items (id, workspace_id, kind, status, title, request) values (gen_random_uuid()::text, $1, 'blog', 'in_review', 'Hello domains', '{}'::jsonb) returning id`,
      [ws.id],
    );
    await sql(
      `insert into blog_posts (id, workspace_id, content_item_id, slug, title, body, published_at) values (gen_random_uuid()::text, $1, $2, 'hello-domains', 'Hello domains', '# Hello\n\nServed on a custom domain.', now() - interval '1 minute')`,
      [ws.id, item.id],
    );
    await sql(
      `insert into custom_domains (id, organization_id, kind, host, token, status, verified_at) values (gen_random_uuid()::text, $1, 'app', $2, 't', 'verified', now())`,
      [ws.organization_id, appHost],
    );
    const post = await get(baseURL!, "/hello-domains", blogHost);
    expect(post.status).toBe(200);
    expect(post.body).toContain("Served on a custom domain.");
    expect(post.body).toContain(`<link rel="canonical" href="https://${blogHost}/hello-domains"/>`);
    const home = await get(baseURL!, "/", blogHost);
    expect(home.status).toBe(200);
    expect(home.body).toContain("Hello domains");
    const rss = await get(baseURL!, "/rss.xml", blogHost);
    expect(rss.body).toContain(`<link>https://${blogHost}/hello-domains</link>`);
    const sitemap = await get(baseURL!, "/sitemap.xml", blogHost);
    expect(sitemap.body).toContain(`<loc>https://${blogHost}/hello-domains</loc>`);
    expect((await get(baseURL!, "/robots.txt", blogHost)).body).toContain(`Sitemap: https://${blogHost}/sitemap.xml`);
    const prefixed = await get(baseURL!, `/blog/${site}/hello-domains?x=1`, blogHost);
    expect(prefixed).toMatchObject({ status: 308, location: "/hello-domains?x=1" });
  });

  await test.step("an app domain serves the app; unknown hosts do not; our own host is unchanged", async () => {
    const app = await get(baseURL!, "/sign-in", appHost);
    expect(app.status).toBe(200);
    expect(app.body).toContain("Sign in");
    const unknown = await get(baseURL!, "/sign-in", `nobody-${runId}.example.test`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain("This domain is not connected to Loomcast yet");
    expect(unknown.body).not.toContain("Sign in");
    const own = await get(baseURL!, `/blog/${site}/hello-domains`, new URL(baseURL!).host);
    expect(own.status).toBe(200);
    // On our own host the canonical link names the custom domain too.
    expect(own.body).toContain(`href="https://${blogHost}/hello-domains"`);
  });
});
