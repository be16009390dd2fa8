/**
 * Generate, in a real browser against `next start`, the worker and PostgreSQL: sign up → onboard →
 * request a social post for X and LinkedIn → watch the run's progress arrive live (SSE fed by
 * LISTEN/NOTIFY) → the item reaches "In review" with one card per platform. No AI keys are
 * configured, so the built-in offline writer drafts it (and the UI says so).
 *
 * The offline writer finishes a run in about a second, sooner than the item page loads. To watch it
 * live, the test holds a lock on generation_steps (EXCLUSIVE: reads go on, writes wait) while the
 * request is sent: the first stage starts and reports, but cannot record its result until the page
 * is watching and the lock is released. Timing is held by the real database, nothing is mocked.
 */
import { type Page } from "@playwright/test";
import { expect, test } from "./support/csp-guard";
import pg from "pg";
import { newPerson, shoot, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);

interface Seen {
  percents: number[];
  log: string[];
}

/**
 * Records every value the progress bar takes and every log line, as the DOM changes. Installed
 * before the request is sent; the app navigates client-side, so it keeps recording on the item page.
 */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: Seen = { percents: [], log: [] };
    (window as unknown as { __progress: Seen }).__progress = seen;
    const read = () => {
      const bar = document.querySelector('[role="progressbar"]');
      const value = bar?.getAttribute("aria-valuenow");
      if (value !== null && value !== undefined && seen.percents.at(-1) !== Number(value)) seen.percents.push(Number(value));
      for (const line of document.querySelectorAll('[aria-label="Progress log"] li')) {
        const text = line.textContent ?? "";
        if (!seen.log.includes(text)) seen.log.push(text);
      }
    };
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const holdStageResults = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
test.beforeAll(() => holdStageResults.connect());
test.afterAll(async () => {
  await holdStageResults.query("ROLLBACK").catch(() => undefined);
  await holdStageResults.end();
});

test("request a social post and watch it generate live until it is in review", async ({ page }) => {
  const owner = newPerson("writer", runId);
  const topic = `Why we roast light, batch ${runId}`;
  let slug = "";

  await test.step("sign up and onboard", async () => {
    await signUp(page, owner);
    await page.getByLabel("Brand name", { exact: true }).fill(`Roastery ${runId}`);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Roastery ${runId}`);
    slug = slugOf(page);
  });

  await test.step("the content list starts empty and leads to the form", async () => {
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Content" }).click();
    await expect(page).toHaveURL(`/${slug}/content`);
    await expect(page.getByText("Generate your first post").first()).toBeVisible();
    await page.getByRole("link", { name: "Generate your first post" }).click();
    await expect(page).toHaveURL(`/${slug}/content/new`);
    await expect(page.getByText("Offline writer").first()).toBeVisible();
  });

  await test.step("the form explains what is missing, field by field", async () => {
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(page.getByText("Pick at least one platform")).toBeVisible();
    await expect(page.getByText("Give the topic in a few words")).toBeVisible();
    await shoot(page, "generate-01-form-errors");
  });

  await test.step("request a social post for X and LinkedIn", async () => {
    await page.getByRole("checkbox", { name: /^X/ }).click();
    await page.getByRole("checkbox", { name: /^LinkedIn/ }).click();
    await expect(page.getByRole("checkbox", { name: /^X/ })).toHaveAttribute("aria-checked", "true");
    await page.getByLabel("Topic").fill(topic);
    await page.getByLabel("Keywords").fill("light roast");
    await page.keyboard.press("Enter");
    await shoot(page, "generate-02-form");
    await recordProgress(page);
    await holdStageResults.query("BEGIN");
    await holdStageResults.query("LOCK TABLE generation_steps IN EXCLUSIVE MODE");
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/content/[0-9a-f-]{36}$`));
  });

  await test.step("progress arrives live until the item is in review", async () => {
    const bar = page.getByRole("progressbar");
    await expect(bar).toBeVisible();
    await expect(page.getByText("Live", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Progress log")).toContainText("Research started");
    await expect(page.getByRole("listitem").filter({ hasText: "Research" }).and(page.locator('[aria-current="step"]'))).toBeVisible();
    await shoot(page, "generate-03-generating");
    await holdStageResults.query("COMMIT");
    await expect(page.getByText("In review", { exact: true })).toBeVisible({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { __progress: Seen }).__progress);
    // The bar moved through several values, never backwards, and the log named the stages.
    expect(seen.percents.length).toBeGreaterThanOrEqual(3);
    expect(seen.percents).toEqual([...seen.percents].sort((a, b) => a - b));
    expect(seen.percents.some((p) => p > 0 && p < 100)).toBe(true);
    expect(seen.log.some((line) => /Research/.test(line))).toBe(true);
    expect(seen.log.some((line) => /Ready for review/.test(line))).toBe(true);
    await shoot(page, "generate-04-in-review");
  });

  await test.step("the result: one card per platform, the quality score, the stages by the offline writer", async () => {
    await expect(page.getByRole("region", { name: "X post" })).toContainText("/ 280 characters");
    await expect(page.getByRole("region", { name: "LinkedIn post" })).toContainText("/ 3,000 characters");
    await expect(page.getByText("Quality score")).toBeVisible();
    await expect(page.getByRole("cell", { name: "Offline writer" }).first()).toBeVisible();
    await page.getByRole("link", { name: "All content" }).click();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: /Why we roast light/ }) });
    await expect(row).toContainText("In review");
    await expect(row).toContainText("X, LinkedIn");
    await expect(row).toContainText(owner.name);
    await shoot(page, "generate-05-list");
  });
});
