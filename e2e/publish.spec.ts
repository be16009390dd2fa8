/**
 * Publish, in a real browser against `next start`, the worker and PostgreSQL: an owner signs up,
 * allows self-approval, connects a webhook channel pointing at a receiver this spec runs (node:http on 127.0.0.1), has
 * the offline writer draft a social post, approves it with that channel "now", watches the item's
 * Publishing section reach "Published", checks the receiver got exactly one signed POST, and finds
 * the post on the calendar as published.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./support/csp-guard";
import { newPerson, shoot, signUp, slugOf } from "./support/ui";

const runId = process.env.E2E_RUN_ID ?? Date.now().toString(36);

interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const received: Received[] = [];
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    received.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: `post-${received.length}`, url: `https://receiver.example/posts/${received.length}` }));
  });
});
let receiverUrl = "";

test.beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/loomcast`;
});
test.afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

/** The receiver's side of the contract: HMAC-SHA256 over "<t>.<raw body>" with the signing secret. */
function signatureValid(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  if (!parts.t || !parts.v1) return false;
  const expected = createHmac("sha256", secret).update(`${parts.t}.${body}`).digest("hex");
  return expected.length === parts.v1.length && timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1));
}

test("connect a webhook channel, approve a post to it now, watch it publish and find it on the calendar", async ({ page }) => {
  test.setTimeout(300_000);
  const owner = newPerson("publisher", runId);
  const topic = `Cold brew at home, batch ${runId}`;
  const hookName = `Receiver ${runId}`;
  let slug = "";
  let itemId = "";
  let secret = "";

  await test.step("sign up and onboard", async () => {
    await signUp(page, owner);
    await page.getByLabel("Brand name", { exact: true }).fill(`Brewhouse ${runId}`);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Brewhouse ${runId}`);
    slug = slugOf(page);
  });

  await test.step("let authors approve their own content (one person does everything here)", async () => {
    await page.goto(`/${slug}/settings/review`);
    const selfApproval = page.getByRole("switch", { name: "Let authors approve their own content" });
    await expect(async () => {
      if ((await selfApproval.getAttribute("aria-checked")) !== "true") await selfApproval.click();
      await expect(selfApproval).toHaveAttribute("aria-checked", "true", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Review policy saved", { exact: true })).toBeVisible();
  });

  await test.step("connect a webhook channel; the signing secret is shown once", async () => {
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Channels" }).click();
    await expect(page).toHaveURL(`/${slug}/channels`);
    const connected = page.getByRole("region", { name: "Connected" });
    await expect(connected.getByRole("listitem").first()).toContainText("Blog");
    // Retried: a click before hydration does nothing.
    const dialog = page.getByRole("dialog");
    await expect(async () => {
      await page.getByRole("button", { name: /^Webhook/ }).click();
      await expect(dialog).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await dialog.getByRole("button", { name: "Add webhook" }).click();
    await expect(dialog.getByText("Give the webhook a name")).toBeVisible();
    await dialog.getByLabel("Name", { exact: true }).fill(hookName);
    await dialog.getByLabel("URL", { exact: true }).fill(receiverUrl);
    await dialog.getByRole("button", { name: "Add webhook" }).click();
    await expect(dialog.getByRole("heading", { name: "Save the signing secret" })).toBeVisible();
    secret = await dialog.getByRole("textbox", { name: "Signing secret" }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(dialog).toBeHidden();
    await expect(connected.getByRole("listitem", { name: new RegExp(hookName) })).toContainText("Active");
    await page.screenshot({ path: "/tmp/publish-channels.png", fullPage: true });
    await shoot(page, "publish-01-channels");
  });

  await test.step("the offline writer drafts a social post for X", async () => {
    await page.goto(`/${slug}/content/new`);
    const x = page.getByRole("checkbox", { name: /^X/ });
    await expect(async () => {
      if ((await x.getAttribute("aria-checked")) !== "true") await x.click();
      await expect(x).toHaveAttribute("aria-checked", "true", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await page.getByLabel("Topic").fill(topic);
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/content/[0-9a-f-]{36}$`));
    await expect(page.getByText("In review", { exact: true }).first()).toBeVisible({ timeout: 60_000 });
    itemId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  });

  await test.step("approve it to the webhook channel, now", async () => {
    await page.goto(`/${slug}/review/${itemId}`);
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    const dialog = page.getByRole("dialog");
    const target = dialog.getByRole("checkbox", { name: new RegExp(hookName) });
    await expect(target).toBeEnabled();
    await target.check();
    await expect(dialog.getByRole("radio", { name: /Publish now/ })).toBeChecked();
    await shoot(page, "publish-02-approve");
    await dialog.getByRole("button", { name: "Approve and publish" }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step("the item's Publishing section reaches Published", async () => {
    await page.goto(`/${slug}/content/${itemId}`);
    const section = page.getByRole("region", { name: "Publishing" });
    const row = section.getByRole("listitem").filter({ hasText: hookName });
    await expect(row).toContainText("Published", { timeout: 90_000 });
    await expect(row.getByRole("link", { name: /View post/ })).toHaveAttribute("href", "https://receiver.example/posts/1");
    await shoot(page, "publish-03-item-published");
  });

  await test.step("the receiver got exactly one signed POST", async () => {
    const posts = received.filter((r) => r.method === "POST");
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post!.path).toBe("/hooks/loomcast");
    const signature = post!.headers["x-loomcast-signature"];
    expect(typeof signature).toBe("string");
    expect(signatureValid(secret, signature as string, post!.body)).toBe(true);
    expect(signatureValid("whsec_wrong", signature as string, post!.body)).toBe(false);
    expect(post!.headers["idempotency-key"]).toBeTruthy();
    expect(JSON.parse(post!.body)).toMatchObject({ event: "content.published", content: { contentItemId: itemId } });
  });

  await test.step("the calendar shows it as published", async () => {
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Calendar" }).click();
    await expect(page).toHaveURL(new RegExp(`/${slug}/calendar`));
    const entry = page.getByRole("button", { name: new RegExp(`^Published, .*${hookName}`) });
    await expect(entry).toBeVisible();
    await page.screenshot({ path: "/tmp/publish-calendar.png", fullPage: true });
    await shoot(page, "publish-04-calendar");
    await entry.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByText("Published", { exact: true })).toBeVisible();
    await expect(dialog.getByRole("link", { name: /receiver\.example\/posts\/1/ })).toBeVisible();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Week", exact: true }).click();
    await expect(page).toHaveURL(/view=week/);
    await expect(entry).toBeVisible();
    await page.screenshot({ path: "/tmp/publish-calendar-week.png", fullPage: true });
  });

  await test.step("the publishing page lists the job as published", async () => {
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Publishing" }).click();
    const row = page.getByRole("row").filter({ hasText: hookName });
    await expect(row).toContainText("Published");
    await shoot(page, "publish-05-jobs");
  });
});
