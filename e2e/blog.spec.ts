/**
 * Public blog, in a real browser against `next start` and PostgreSQL: an owner signs up and
 * onboards (their workspace gets a blog), a post lands in blog_posts the way the blog channel's
 * publish step writes it (inserted directly here: the approve → worker → publish flow has its
 * own spec), and an anonymous reader finds it through search-as-you-type and the search page.
 */
import { expect, test } from "@playwright/test";
import pg from "pg";
import { newPerson, shoot, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);

async function insertPost(workspaceSlug: string, title: string, slug: string) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const ws = await client.query<{ id: string }>("select id from workspaces where slug = $1", [workspaceSlug]);
    const workspaceId = ws.rows[0]!.id;
    const item = await client.query<{ id: string }>(
      `insert into content_items (id, workspace_id, kind, status, title, request)
       values (gen_random_uuid()::text, $1, 'blog', 'in_review', $2, '{"kind":"blog","platforms":[],"topic":"e2e","wordCount":600}') returning id`,
      [workspaceId, title],
    );
    await client.query(
      `insert into blog_posts (id, workspace_id, content_item_id, slug, title, excerpt, body, tags, author_name, published_at)
       values (gen_random_uuid()::text, $1, $2, $3, $4, 'How single-origin beans change a morning cup.', $5, array['coffee'], 'Ada Roaster', now() - interval '1 minute')`,
      [workspaceId, item.rows[0]!.id, slug, title, `# ${title}\n\nSingle-origin beans taste of their farm. <script>window.__xss = 1</script>`],
    );
  } finally {
    await client.end();
  }
}

test("an anonymous reader finds a published post through search", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const owner = newPerson("owner", runId);
  const title = `Tasting single-origin espresso ${runId}`;
  const postSlug = `tasting-single-origin-espresso-${runId}`.toLowerCase();
  let site = "";

  await test.step("an owner signs up and onboards; a post is published to the blog", async () => {
    await signUp(page, owner);
    await page.getByLabel("Brand name", { exact: true }).fill(`Roastery ${runId}`);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Roastery");
    site = slugOf(page);
    await insertPost(site, title, postSlug);
  });

  const reader = await browser.newContext();
  const anon = await reader.newPage();
  await test.step("the reader searches as they type and opens the post", async () => {
    await anon.goto(`/blog/${site}`);
    await expect(anon.getByRole("link", { name: title })).toBeVisible();
    await anon.getByRole("searchbox", { name: "Search posts" }).fill("espres");
    const suggestions = anon.getByRole("list", { name: "Matching posts" });
    await expect(suggestions.getByRole("link", { name: title })).toBeVisible();
    await shoot(anon, "blog-01-search-as-you-type");
    await anon.getByRole("searchbox", { name: "Search posts" }).press("Enter");
    await expect(anon).toHaveURL(/\/search\?q=espres/);
    await anon.getByRole("searchbox", { name: "Search posts" }).fill("single-origin espresso");
    await anon.getByRole("button", { name: "Search" }).click();
    await expect(anon.getByText("1 post found.")).toBeVisible();
    await expect(anon.locator("mark").first()).toBeVisible();
    await anon.getByRole("heading", { level: 2 }).getByRole("link", { name: title }).click();
    await expect(anon.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(await anon.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await shoot(anon, "blog-02-post");
  });

  await test.step("unknown posts are 404s", async () => {
    const response = await anon.goto(`/blog/${site}/no-such-post-${runId}`);
    expect(response?.status()).toBe(404);
  });
  await reader.close();
});
