/**
 * Public blog, in a real browser against `next start`, the worker and PostgreSQL: an owner signs
 * up and onboards (their workspace gets a blog channel), the offline writer drafts a blog post, the
 * owner approves it to the blog now, the worker publishes it, and an anonymous reader finds it on
 * the public blog through search-as-you-type and the search page, opens it (no script from the
 * content runs) and meets a 404 for an unknown post.
 */
import { expect, test } from "./support/csp-guard";
import { newPerson, shoot, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);

test("a post approved to the blog is published and an anonymous reader finds it through search", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const owner = newPerson("owner", runId);
  const brand = `Roastery ${runId}`;
  // The run id is a word of its own in the title, so search finds this post and no other.
  const topic = `Tasting single-origin espresso ${runId}`;
  let site = "";
  let itemId = "";
  let permalink = "";

  await test.step("an owner signs up, onboards and lets authors approve their own content", async () => {
    await signUp(page, owner);
    await page.getByLabel("Brand name", { exact: true }).fill(brand);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(brand);
    site = slugOf(page);
    await page.goto(`/${site}/settings/review`);
    const selfApproval = page.getByRole("switch", { name: "Let authors approve their own content" });
    await expect(async () => {
      if ((await selfApproval.getAttribute("aria-checked")) !== "true") await selfApproval.click();
      await expect(selfApproval).toHaveAttribute("aria-checked", "true", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Review policy saved", { exact: true })).toBeVisible();
  });

  await test.step("the offline writer drafts a blog post", async () => {
    await page.goto(`/${site}/content/new`);
    const blog = page.getByRole("radio", { name: /Blog post/ });
    await expect(async () => {
      await blog.check({ force: true });
      await expect(blog).toBeChecked({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await page.getByLabel("Topic").fill(topic);
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(page).toHaveURL(new RegExp(`/${site}/content/[0-9a-f-]{36}$`));
    await expect(page.getByText("In review", { exact: true }).first()).toBeVisible({ timeout: 90_000 });
    itemId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  });

  await test.step("the owner approves it to the blog, now; the worker publishes it", async () => {
    await page.goto(`/${site}/review/${itemId}`);
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    const dialog = page.getByRole("dialog");
    // The workspace's blog channel is suggested for a blog post.
    const target = dialog.getByRole("checkbox", { name: /· Blog/ });
    await expect(target).toBeChecked();
    const channel = ((await dialog.locator("label").filter({ hasText: "· Blog" }).first().textContent()) ?? "").split(" · ")[0]!.trim();
    expect(channel).not.toBe("");
    await expect(dialog.getByRole("radio", { name: /Publish now/ })).toBeChecked();
    await dialog.getByRole("button", { name: "Approve and publish" }).click();
    await expect(dialog).toBeHidden();
    await page.goto(`/${site}/content/${itemId}`);
    const row = page.getByRole("region", { name: "Publishing" }).getByRole("listitem").filter({ hasText: channel });
    await expect(row).toContainText("Published", { timeout: 90_000 });
    permalink = (await row.getByRole("link", { name: /View post/ }).getAttribute("href")) ?? "";
    expect(new URL(permalink).pathname).toMatch(new RegExp(`^/blog/${site}/[a-z0-9-]+$`));
  });

  const reader = await browser.newContext();
  const anon = await reader.newPage();
  await test.step("an anonymous reader searches as they type, then searches, and opens the post", async () => {
    await anon.goto(`/blog/${site}`);
    // The post's title on the home page (the popular-tags list links the topic too).
    const home = anon.getByRole("heading", { level: 2 }).getByRole("link", { name: new RegExp(topic, "i") }).first();
    await expect(home).toBeVisible();
    const title = (await home.textContent())?.trim() ?? "";
    const box = anon.getByRole("searchbox", { name: "Search posts" });
    await box.fill("espres");
    const suggestions = anon.getByRole("list", { name: "Matching posts" });
    await expect(suggestions.getByRole("link", { name: title })).toBeVisible();
    await shoot(anon, "blog-01-search-as-you-type");
    await box.press("Enter");
    await expect(anon).toHaveURL(/\/search\?q=espres/);
    await anon.getByRole("searchbox", { name: "Search posts" }).fill(`single-origin espresso ${runId}`);
    await anon.getByRole("button", { name: "Search" }).click();
    await expect(anon.getByText("1 post found.")).toBeVisible();
    await expect(anon.locator("mark").first()).toBeVisible();
    await anon.getByRole("heading", { level: 2 }).getByRole("link", { name: title }).click();
    await expect(anon.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(new URL(anon.url()).pathname).toBe(new URL(permalink).pathname);
    await shoot(anon, "blog-02-post");
  });

  await test.step("a search that matches nothing says so; unknown posts are 404s", async () => {
    await anon.goto(`/blog/${site}/search?q=${encodeURIComponent(`sourdough ${runId}`)}`);
    await expect(anon.getByRole("status").filter({ hasText: "No posts match" })).toBeVisible();
    const response = await anon.goto(`/blog/${site}/no-such-post-${runId}`);
    expect(response?.status()).toBe(404);
  });
  await reader.close();
});
