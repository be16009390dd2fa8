/**
 * Analytics, in a real browser against `next start` and PostgreSQL: an owner signs up and
 * onboards, their workspace gets the analytics seed (tests/analytics/seed.ts: generated items,
 * review decisions, deliveries, metric snapshots and pattern scores, written straight into the
 * e2e database by e2e/support/analytics-seed.ts), and the dashboard shows its charts and a
 * pattern insight; a chart's CSV downloads with its header row; the export refuses another
 * workspace and a bad table.
 */
import { readFile } from "node:fs/promises";
import { expect, test } from "./support/csp-guard";
import { seedAnalytics, type SeededAnalytics } from "./support/analytics-seed";
import { newPerson, shoot, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);

test("a seeded workspace shows its charts and a pattern insight, and a chart's CSV downloads", async ({ page }) => {
  test.setTimeout(180_000);
  const owner = newPerson("analyst", runId);
  let slug = "";
  let seeded: SeededAnalytics | null = null;

  await test.step("an owner signs up and onboards; the workspace gets a season of published posts", async () => {
    await signUp(page, owner);
    await page.getByLabel("Brand name", { exact: true }).fill(`Trailhead ${runId}`);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Trailhead");
    slug = slugOf(page);
    seeded = seedAnalytics(slug);
  });

  await test.step("the dashboard shows the charts and a pattern insight", async () => {
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Analytics" }).click();
    await expect(page).toHaveURL(`/${slug}/analytics`);
    await page.getByRole("link", { name: "Last 90 days" }).click();
    await expect(page).toHaveURL(`/${slug}/analytics?range=90`);
    await expect(page.getByRole("link", { name: "Last 90 days" })).toHaveAttribute("aria-current", "page");

    const insights = page.getByRole("region", { name: "What works for you" });
    await expect(insights.getByRole("listitem").first()).toContainText(/× your median engagement/);

    for (const title of ["Content produced", "Approval rate and time in review", "Stage timing and failures", "AI tokens and cost", "Engagement by platform", "Engagement by pattern", "Engagement by time slot", "Top posts"]) {
      const chart = page.getByRole("region", { name: title });
      await expect(chart).toBeVisible();
      await expect(chart.getByRole("table")).toBeAttached();
      await expect(chart.getByRole("table").locator("tbody tr").first()).toBeAttached();
    }
    // Drawn by recharts (SVG) once the browser has measured the card.
    await expect(page.getByRole("region", { name: "Content produced" }).locator(".recharts-bar-rectangle").first()).toBeVisible();
    const today = new Date(new Date().toISOString().slice(0, 10));
    const first = new Date(today.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue(first);
    await expect(page.getByRole("region", { name: "Top posts" }).getByRole("row")).not.toHaveCount(1);
    await shoot(page, "analytics-01-dashboard");
    await page.screenshot({ path: "/tmp/analytics-dashboard.png", fullPage: true });
  });

  await test.step("a chart's CSV downloads with its header row", async () => {
    const chart = page.getByRole("region", { name: "Engagement by platform" });
    const [download] = await Promise.all([page.waitForEvent("download"), chart.getByRole("link", { name: /Download CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-engagement_platform-.*\\.csv$`));
    const csv = await readFile((await download.path())!, "utf8");
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toMatch(/^platform,posts,/);
    expect(rows.length).toBeGreaterThan(0);
  });

  await test.step("the export refuses another workspace and a bad table", async () => {
    const url = new URL(await page.getByRole("region", { name: "Top posts" }).getByRole("link", { name: /Download CSV/ }).getAttribute("href") ?? "", "http://x");
    const ok = await page.request.get(url.pathname + url.search);
    expect(ok.status()).toBe(200);
    url.searchParams.set("workspace", `not-${slug}`);
    expect((await page.request.get(url.pathname + url.search)).status()).toBe(404);
    url.searchParams.set("workspace", slug);
    url.searchParams.set("table", "users");
    expect((await page.request.get(url.pathname + url.search)).status()).toBe(400);
  });

  await test.step("an item's timeline shows its stages, review, delivery and metrics; a failed stage offers a retry", async () => {
    const published = seeded!.itemIds[0]!;
    await page.goto(`/${slug}/content/${published}`);
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByRole("listitem").filter({ hasText: "Published to" }).getByRole("link")).toHaveAttribute("href", /^https:\/\/example\.test\/linkedin\//);
    await expect(timeline.getByText(/^Metrics after 72h/)).toBeVisible();
    await expect(timeline.getByText(/^Approved/).first()).toBeVisible();
    await shoot(page, "analytics-02-timeline");

    const failed = seeded!.itemIds.at(-1)!;
    await page.goto(`/${slug}/content/${failed}`);
    const failedTimeline = page.getByRole("region", { name: "Timeline" });
    const failedStage = failedTimeline.getByRole("listitem").filter({ hasText: "Failed" }).first();
    await expect(failedStage).toContainText("Cause: Every provider refused: rate limited.");
    await expect(failedStage.getByRole("button", { name: /^Retry from draft/ })).toBeVisible();
    await shoot(page, "analytics-03-timeline-failed");
    await page.screenshot({ path: "/tmp/analytics-timeline-failed.png", fullPage: true });
  });
});
