import path from "node:path";
import { expect, type Page } from "@playwright/test";

export interface Person {
  name: string;
  email: string;
  password: string;
}

/** A person with an address no earlier run has used. */
export function newPerson(role: string, runId: string): Person {
  const id = `${runId}-${Math.random().toString(36).slice(2, 7)}`;
  return { name: `${role[0]!.toUpperCase()}${role.slice(1)} ${id}`, email: `${role}-${id}@example.test`, password: `Pw-${id}-long-enough` };
}

/** Saves a full-page screenshot for humans under test-results/screenshots/. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join("test-results", "screenshots", `${name}.png`), fullPage: true });
}

export const slugOf = (page: Page) => new URL(page.url()).pathname.split("/")[1] ?? "";

export async function signUp(page: Page, person: Person): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name", { exact: true }).fill(person.name);
  await page.getByLabel("Work email", { exact: true }).fill(person.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(person.password);
  await shoot(page, "01-sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding\?workspace=/);
}

export async function signIn(page: Page, person: Person): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(person.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** Opens the workspace switcher and checks it lists exactly these workspaces (by accessible name). */
export async function expectSwitcherToList(page: Page, workspaceNames: string[]): Promise<void> {
  await page.getByRole("button", { name: "Switch workspace" }).click();
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  const workspaceItems = menu.getByRole("menuitem").filter({ hasNotText: /create workspace/i });
  await expect(workspaceItems).toHaveCount(workspaceNames.length);
  for (const name of workspaceNames) await expect(menu.getByRole("menuitem", { name, exact: true })).toBeVisible();
}

export async function closeMenu(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
}
