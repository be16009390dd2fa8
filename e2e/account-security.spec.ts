/**
 * Account security against `next start`: no dev mailbox on a production server (even with
 * DEV_MAILBOX=true in its environment), the sessions page with per-session sign-out, a security
 * mail for a new browser, and a password reset that signs every old session out.
 * Mail is read from the SMTP server the app really sends to (e2e/support/fake-services.ts).
 */
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./support/csp-guard";
import { linkIn, waitForMail } from "./support/mail";
import { newPerson, shoot, signIn, signUp } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);
const phoneAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

/** A signed-in page can open the app; a signed-out one is sent to sign in. */
async function expectSignedOut(page: Page) {
  await page.goto("/workspaces");
  await expect(page).toHaveURL(/\/sign-in/);
}

async function secondBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, userAgent: phoneAgent });
  return { context, page: await context.newPage() };
}

test("the dev mailbox does not exist on a production server", async ({ request }) => {
  const res = await request.get("/dev/mailbox");
  expect(res.status()).toBe(404);
  const html = await res.text();
  expect(html).toContain("Page not found");
  expect(html).not.toContain("Dev mailbox");
});

test("sessions: see every browser, sign one out, and a password reset ends them all", async ({ page, browser, baseURL }) => {
  const person = newPerson("secure", runId);
  await signUp(page, person);
  await page.getByLabel("Brand name", { exact: true }).fill(`Secure ${runId}`);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Secure ${runId}`);

  const phone = await secondBrowser(browser, baseURL);
  await test.step("a sign-in from a new browser mails the owner", async () => {
    await signIn(phone.page, person);
    const mail = await waitForMail(page.request, person.email, "New sign-in to your Loomcast account");
    expect(mail.text).toContain("Safari on iOS");
  });

  await test.step("the sessions page lists both browsers and signs the other one out", async () => {
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Account and sessions" }).click();
    await expect(page).toHaveURL("/account");
    await page.getByRole("link", { name: "Sessions" }).click();
    const list = page.getByRole("list", { name: "Active sessions" });
    await expect(list.getByRole("listitem")).toHaveCount(2);
    await expect(list.getByRole("listitem").first()).toContainText("This browser");
    const other = list.getByRole("listitem", { name: "Safari on iOS" });
    await expect(other).toBeVisible();
    await shoot(page, "account-sessions");
    await other.getByRole("button", { name: /^Sign out Safari on iOS/ }).click();
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expectSignedOut(phone.page);
  });

  await test.step("a password reset from a third browser signs out every earlier session", async () => {
    await signIn(phone.page, person);
    const stranger = await browser.newContext({ baseURL });
    const resetPage = await stranger.newPage();
    await resetPage.goto("/forgot-password");
    await resetPage.getByLabel("Email", { exact: true }).fill(person.email);
    await resetPage.getByRole("button", { name: "Send reset link" }).click();
    const mail = await waitForMail(page.request, person.email, "Reset your Loomcast password");
    await resetPage.goto(linkIn(mail, `${baseURL}/reset-password?token=`));
    await resetPage.getByLabel("New password", { exact: true }).fill(`${person.password}-new`);
    await resetPage.getByLabel("Confirm new password", { exact: true }).fill(`${person.password}-new`);
    await resetPage.getByRole("button", { name: "Save password" }).click();
    await expect(resetPage).not.toHaveURL(/reset-password/);
    await waitForMail(page.request, person.email, "Your Loomcast password was changed");

    await expectSignedOut(page);
    await expectSignedOut(phone.page);
    // The browser that reset the password is signed in with a new session.
    await resetPage.goto("/workspaces");
    await expect(resetPage).not.toHaveURL(/\/sign-in/);
    await stranger.close();
  });
  await phone.context.close();
});
