/**
 * Agencies and white-label, in a real browser against `next start`: an agency (on Enterprise)
 * creates two client workspaces, brands its organization and gives each client its own name and
 * colour (a per-workspace override), invites a client user into one of them; the client signs in
 * and sees only that workspace, in that workspace's branding, and no Loomcast.
 */
import { type Page } from "@playwright/test";
import { expect, test } from "./support/csp-guard";
import pg from "pg";
import { closeMenu, expectSwitcherToList, newPerson, shoot, signOut, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);
const database = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
test.beforeAll(() => database.connect());
test.afterAll(() => database.end());

/** What Stripe's webhook would record for an active Enterprise subscription. */
async function putOnEnterprise(slug: string) {
  await database.query(
    `insert into billing_accounts (organization_id, plan, subscription_status, stripe_subscription_id, stripe_customer_id)
     select organization_id, 'enterprise', 'active', 'sub_e2e_' || $2, 'cus_e2e_' || $2 from workspaces where slug = $1
     on conflict (organization_id) do update set plan = 'enterprise', subscription_status = 'active', stripe_subscription_id = excluded.stripe_subscription_id`,
    [slug, runId],
  );
}

async function createClient(page: Page, name: string): Promise<string> {
  await page.getByRole("button", { name: "Switch workspace" }).click();
  await page.getByRole("menuitem", { name: "Create workspace" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Workspace name", { exact: true }).fill(name);
  await dialog.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  return slugOf(page);
}

async function saveBranding(page: Page, form: "Organization branding" | "Workspace branding", fields: Record<string, string>) {
  const section = page.getByRole("form", { name: form });
  for (const [label, value] of Object.entries(fields)) await section.getByRole("textbox", { name: label, exact: true }).fill(value);
  await section.getByRole("button", { name: "Save branding" }).click();
  await expect(page.getByText(`${form} saved`).first()).toBeVisible();
}

const brandColor = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--color-brand-600").trim());

test("an agency brands two clients differently; a client user sees only theirs, in its branding", async ({ page }) => {
  const owner = newPerson("agency", runId);
  const client = newPerson("client", runId);
  const north = `North Client ${runId}`;
  const south = `South Client ${runId}`;
  let northSlug = "";
  let southSlug = "";
  let inviteUrl = "";

  await test.step("the agency signs up, is on Enterprise, and creates two client workspaces", async () => {
    await signUp(page, owner);
    await page.getByLabel("Brand name", { exact: true }).fill(`Agency HQ ${runId}`);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Agency HQ ${runId}`);
    await putOnEnterprise(slugOf(page));
    northSlug = await createClient(page, north);
    southSlug = await createClient(page, south);
  });

  await test.step("organization branding, then each client's own name and colour", async () => {
    await page.goto(`/${northSlug}/settings`);
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Branding" }).click();
    await expect(page).toHaveURL(`/${northSlug}/settings/branding`);
    await saveBranding(page, "Organization branding", { "Product name": "Studio Loop", "Email sender name": "Studio Loop", "Primary colour": "#1d4ed8" });
    await saveBranding(page, "Workspace branding", { "Product name": "North Portal", "Primary colour": "#0f766e" });
    await expect(page.locator("aside").getByText("North Portal")).toBeVisible();
    await expect.poll(() => brandColor(page)).toBe("#0f766e");
    await shoot(page, "agency-01-north-branding");

    await page.goto(`/${southSlug}/settings/branding`);
    await saveBranding(page, "Workspace branding", { "Product name": "South Portal", "Primary colour": "#b91c1c" });
    await expect.poll(() => brandColor(page)).toBe("#b91c1c");
  });

  await test.step("the agency overview lists both clients", async () => {
    await page.getByRole("link", { name: "Agency overview: all clients" }).first().click();
    const table = page.getByRole("table", { name: "Clients" });
    await expect(table.getByRole("link", { name: north })).toBeVisible();
    await expect(table.getByRole("link", { name: south })).toBeVisible();
    await shoot(page, "agency-02-overview");
  });

  await test.step("the agency invites a client user into the north workspace", async () => {
    await page.goto(`/${northSlug}/members`);
    await page.getByRole("button", { name: "Invite member" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email", { exact: true }).fill(client.email);
    await dialog.getByLabel("Role", { exact: true }).selectOption({ label: "Reviewer" });
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    const link = dialog.getByLabel("Invitation link");
    await expect(link).toHaveValue(/\/invite\/.+/);
    inviteUrl = await link.inputValue();
    await page.keyboard.press("Escape");
    await signOut(page);
  });

  await test.step("the client joins and sees only their workspace, in its branding", async () => {
    await page.goto(inviteUrl);
    await page.getByLabel("Name", { exact: true }).fill(client.name);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(client.password);
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(page).toHaveURL(`/${northSlug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(north);
    await expect.poll(() => brandColor(page)).toBe("#0f766e");
    const sidebar = page.locator("aside");
    await expect(sidebar.getByText("North Portal")).toBeVisible();
    await expect(sidebar.getByText("Loomcast")).toHaveCount(0);
    await expectSwitcherToList(page, [north]);
    await closeMenu(page);
    await expect(page.getByRole("link", { name: "Agency overview: all clients" })).toHaveCount(0);
    await shoot(page, "agency-03-client-view");
    await page.goto(`/${northSlug}/review`);
    await expect(page).toHaveTitle("Review · North Portal");

    await page.goto(`/${southSlug}`);
    await expect(page.getByText(/This page could not be found|Page not found/i).first()).toBeVisible();
    await expect(page.getByText(south)).toHaveCount(0);
    await expect(page.getByText("South Portal")).toHaveCount(0);
  });
});
