/**
 * Billing, in a real browser against `next start` with Stripe pointed at the local fake Stripe
 * (e2e/support/fake-services.ts): the settings page shows the trial and its usage, an upgrade
 * goes to Stripe Checkout (the fake's page), and a generation request over the plan's runs shows
 * the plan's message instead of starting.
 */
import { expect, test } from "./support/csp-guard";
import pg from "pg";
import { newPerson, shoot, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);
const fakes = process.env.E2E_FAKES_URL ?? "http://127.0.0.1:3191";
const database = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
test.beforeAll(() => database.connect());
test.afterAll(() => database.end());

/** Uses up the organization's runs for this month, as 20 earlier requests would have. */
async function exhaustRuns(slug: string) {
  await database.query(
    `insert into usage_counters (organization_id, period_start, metric, used)
     select organization_id, date_trunc('month', now() at time zone 'utc') at time zone 'utc', 'runs', 20 from workspaces where slug = $1
     on conflict (organization_id, period_start, metric) do update set used = excluded.used`,
    [slug],
  );
}

test("upgrade goes to Stripe Checkout; a request over the plan's runs says so", async ({ page }) => {
  const owner = newPerson("payer", runId);
  let slug = "";

  await test.step("sign up and onboard", async () => {
    await signUp(page, owner);
    await page.getByLabel("Brand name", { exact: true }).fill(`Billing Co ${runId}`);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Billing Co ${runId}`);
    slug = slugOf(page);
  });

  await test.step("the billing settings show the trial and this month's usage", async () => {
    await page.goto(`/${slug}/settings`);
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Billing" }).click();
    await expect(page).toHaveURL(`/${slug}/settings/billing`);
    await expect(page.getByRole("heading", { name: /Free trial/ })).toBeVisible();
    const runs = page.getByRole("progressbar", { name: "Generation runs" });
    await expect(runs).toHaveAttribute("aria-valuenow", "0");
    await expect(runs).toHaveAttribute("aria-valuemax", "20");
    await expect(page.getByRole("progressbar", { name: "Published posts" })).toHaveAttribute("aria-valuemax", "10");
    await shoot(page, "billing-01-settings");
  });

  await test.step("Pro monthly goes to Stripe Checkout", async () => {
    await page.getByRole("button", { name: "Upgrade to Pro monthly" }).click();
    await page.waitForURL(new RegExp(`^${fakes.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/checkout/cs_test_\\w+$`));
    await expect(page.getByRole("heading", { name: "Fake Stripe Checkout" })).toBeVisible();
  });

  await test.step("with the month's runs used up, a request shows the plan's limit", async () => {
    await exhaustRuns(slug);
    await page.goto(`/${slug}/settings/billing`);
    await expect(page.getByRole("progressbar", { name: "Generation runs" })).toHaveAttribute("aria-valuenow", "20");
    await page.goto(`/${slug}/content/new`);
    // Typing before the form has hydrated is lost: wait for the page's scripts, then set and verify both fields.
    await page.waitForLoadState("networkidle");
    const topic = page.getByLabel("Topic");
    const x = page.getByRole("checkbox", { name: /^X/ });
    await expect(async () => {
      if ((await topic.inputValue()) !== `Over the limit ${runId}`) await topic.fill(`Over the limit ${runId}`);
      if (!(await x.isChecked())) await x.click();
      await expect(topic).toHaveValue(`Over the limit ${runId}`, { timeout: 1000 });
      await expect(x).toBeChecked({ timeout: 1000 });
    }).toPass();
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(page.getByRole("form", { name: "Content request" }).getByRole("alert")).toContainText(/Your free trial includes 20 runs a month: 20 used, resets on \d+ \w+\. Upgrade to Pro for 100\./);
    await expect(page).toHaveURL(`/${slug}/content/new`);
    await shoot(page, "billing-02-limit");
  });
});
