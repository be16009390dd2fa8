/**
 * The foundation's main path, in a real browser against `next start`, the worker and PostgreSQL:
 * sign up → onboarding → dashboard → invite a member → the member accepts, signs in and sees
 * only that workspace (another workspace of the owner is a 404 for them) → the welcome
 * workflow ran in the worker (its mail reached the SMTP server).
 */
import { expect, test } from "./support/csp-guard";
import { waitForMail } from "./support/mail";
import { expectSwitcherToList, closeMenu, newPerson, shoot, signIn, signOut, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);

test("owner onboards and invites a member, who joins and sees only that workspace", async ({ page }) => {
  const owner = newPerson("owner", runId);
  const member = newPerson("member", runId);
  const brand = `Acme ${runId}`;
  const otherBrand = `Globex ${runId}`;
  let slug = "";
  let otherSlug = "";
  let inviteUrl = "";

  await test.step("owner signs up and completes onboarding", async () => {
    await signUp(page, owner);
    await expect(page.getByLabel("Brand name", { exact: true })).toBeVisible();
    await shoot(page, "02-onboarding");
    await page.getByLabel("Brand name", { exact: true }).fill(brand);
    await page.getByLabel("Website", { exact: true }).fill(`acme-${runId}.example.com`);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(brand);
    slug = slugOf(page);
    expect(slug).not.toBe("onboarding");
    await shoot(page, "03-dashboard");
  });

  await test.step("owner invites a member and reads the invitation link", async () => {
    await page.getByRole("link", { name: "Members" }).click();
    await expect(page).toHaveURL(`/${slug}/members`);
    await page.getByRole("button", { name: "Invite member" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email", { exact: true }).fill(member.email);
    await dialog.getByLabel("Role", { exact: true }).selectOption({ label: "Editor" });
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    const link = dialog.getByLabel("Invitation link");
    await expect(link).toHaveValue(/\/invite\/.+/);
    inviteUrl = await link.inputValue();
    await shoot(page, "04-invitation-sent");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByText(member.email)).toBeVisible();
    await shoot(page, "05-members");
  });

  await test.step("owner creates a second workspace the member will not belong to", async () => {
    await page.getByRole("button", { name: "Switch workspace" }).click();
    await page.getByRole("menuitem", { name: "Create workspace" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Workspace name", { exact: true }).fill(otherBrand);
    await dialog.getByRole("button", { name: "Create workspace" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(otherBrand);
    otherSlug = slugOf(page);
    expect(otherSlug).not.toBe(slug);
    await expectSwitcherToList(page, [brand, otherBrand]);
    await closeMenu(page);
    await signOut(page);
  });

  await test.step("the member opens the link, creates an account and joins", async () => {
    await page.goto(inviteUrl);
    await expect(page.getByText(brand).first()).toBeVisible();
    await expect(page.getByText(member.email).first()).toBeVisible();
    await shoot(page, "06-invitation");
    await page.getByLabel("Name", { exact: true }).fill(member.name);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(member.password);
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(page).toHaveURL(`/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(brand);
    await signOut(page);
  });

  await test.step("the member signs in and sees only that workspace", async () => {
    await shoot(page, "07-sign-in");
    await signIn(page, member);
    await page.goto(`/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(brand);
    await expectSwitcherToList(page, [brand]);
    await shoot(page, "08-member-switcher");
    await closeMenu(page);

    await page.goto(`/${otherSlug}`);
    await expect(page.getByText(/This page could not be found|Page not found/i).first()).toBeVisible();
    await expect(page.getByText(otherBrand)).toHaveCount(0);
    await shoot(page, "09-other-workspace-404");
  });

  await test.step("the worker ran the welcome workflow: its mail reached the SMTP server", async () => {
    const mail = await waitForMail(page.request, owner.email, `${brand} is ready on Loomcast`);
    expect(mail.text).toContain(`/${slug}`);
  });
});
