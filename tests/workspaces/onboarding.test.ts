import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, pool } from "@/server/db/client";
import { workspaces } from "@/server/db/schema";
import { formErrorsOf } from "../factories/errors";
import { callerFor, createOwner } from "../factories/users";
import { addMember, auditRows } from "../factories/workspaces";

async function welcomeWorkflow(workspaceId: string) {
  const { rows } = await pool.query<{ name: string; status: string }>(
    "select name, status from dbos.workflow_status where workflow_uuid = $1",
    [`welcome:${workspaceId}`],
  );
  return rows[0];
}

const unique = () => crypto.randomUUID().slice(0, 6);

describe("workspace.completeOnboarding", () => {
  it("names the workspace after the brand, stores the website, enqueues the welcome workflow and audits", async () => {
    const { user, workspace } = await createOwner();
    const brand = `Acme ${unique()}`;
    const { slug } = await callerFor(user).workspace.completeOnboarding({
      workspaceSlug: workspace.slug,
      brandName: brand,
      website: "acme.com/",
    });
    expect(slug).toBe(brand.toLowerCase().replace(" ", "-"));
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspace.id));
    expect(row).toMatchObject({ name: brand, slug, website: "https://acme.com" });
    expect(row!.onboardedAt).toBeInstanceOf(Date);
    // Enqueued (a worker started by another test file may already be running it).
    expect(await welcomeWorkflow(workspace.id)).toMatchObject({ name: "welcomeWorkspace", status: expect.any(String) });
    const [audit] = await auditRows(workspace.id, "workspace.onboarded");
    expect(audit).toMatchObject({ actorId: user.id, changes: { name: brand, slug, website: "https://acme.com" } });
    const got = await callerFor(user).workspace.get({ workspaceSlug: slug });
    expect(got).toMatchObject({ name: brand, website: "https://acme.com", role: "owner", counts: { members: 1 } });
  });

  it("accepts no website, and gives a taken brand name a numbered slug", async () => {
    const [first, second] = await Promise.all([createOwner(), createOwner()]);
    const brand = `Twin ${unique()}`;
    const one = await callerFor(first.user).workspace.completeOnboarding({ workspaceSlug: first.workspace.slug, brandName: brand });
    const two = await callerFor(second.user).workspace.completeOnboarding({
      workspaceSlug: second.workspace.slug,
      brandName: brand,
      website: "",
    });
    expect(two.slug).toBe(`${one.slug}-2`);
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, second.workspace.id));
    expect(row!.website).toBeNull();
  });

  it("rejects a garbage website with a field error and changes nothing", async () => {
    const { user, workspace } = await createOwner();
    const errors = await formErrorsOf(
      callerFor(user).workspace.completeOnboarding({ workspaceSlug: workspace.slug, brandName: "Fine name", website: "not a website" }),
    );
    expect(errors.code).toBe("BAD_REQUEST");
    expect(errors.fieldErrors.website).toEqual([expect.stringContaining("like acme.com")]);
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspace.id));
    expect(row!.onboardedAt).toBeNull();
    expect(await welcomeWorkflow(workspace.id)).toBeUndefined();
  });

  it("refuses to onboard twice", async () => {
    const { user, workspace } = await createOwner();
    const { slug } = await callerFor(user).workspace.completeOnboarding({ workspaceSlug: workspace.slug, brandName: `Once ${unique()}` });
    await expect(
      callerFor(user).workspace.completeOnboarding({ workspaceSlug: slug, brandName: "Twice" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already set up") });
  });

  it("is refused to an editor (FORBIDDEN)", async () => {
    const { workspace } = await createOwner();
    const editor = await addMember(workspace.id, "editor");
    await expect(
      callerFor(editor).workspace.completeOnboarding({ workspaceSlug: workspace.slug, brandName: "Nope" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
