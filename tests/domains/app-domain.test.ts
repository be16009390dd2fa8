import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureBilling, type BillingConfig } from "@/server/billing/config";
import { db } from "@/server/db/client";
import { customDomains, organizationMembers } from "@/server/db/schema";
import { resolveHost } from "@/server/domains/resolve-host";
import { setPlan } from "../billing/harness";
import { callerFor, createOwner, createUser, unique } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { useLocalDns } from "./harness";

const local = useLocalDns();
const newHost = () => `${unique("app")}.agency.test`;

// Billing enabled (no Stripe call is made here): the plan decides whether white-label is available.
let previous: BillingConfig | null = null;
beforeAll(() => {
  previous = configureBilling({ secretKey: "sk_test_local", webhookSecret: null, apiUrl: "http://127.0.0.1:9", appUrl: "http://localhost:3000", prices: { starter: {}, pro: {}, enterprise: {} } });
});
afterAll(() => void configureBilling(previous));

async function enterpriseAgency() {
  const owner = await createOwner();
  await setPlan(owner.organization.id, "enterprise");
  return owner;
}

describe("app domains", () => {
  it("an organization owner on a white-label plan connects, verifies and routes the app domain", async () => {
    const { user, workspace, organization } = await enterpriseAgency();
    const caller = callerFor(user);
    const host = newHost();
    const added = await caller.domain.add({ workspaceSlug: workspace.slug, kind: "app", host });
    local.dns.set(added.records.txt.name, { txt: [[added.records.txt.value]] });
    expect(await caller.domain.check({ workspaceSlug: workspace.slug, domainId: added.id })).toMatchObject({ status: "verified" });
    expect(await resolveHost(host)).toEqual({ kind: "app", organizationId: organization.id });
    const [row] = await db.select().from(customDomains).where(eq(customDomains.id, added.id));
    expect(row).toMatchObject({ kind: "app", organizationId: organization.id, workspaceId: null });
    expect((await caller.domain.list({ workspaceSlug: workspace.slug })).app).toMatchObject({ id: added.id, host });
    await expect(caller.domain.add({ workspaceSlug: workspace.slug, kind: "app", host: newHost() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is refused on plans without white-label, saying which plan has it", async () => {
    const { user, workspace, organization } = await createOwner();
    await setPlan(organization.id, "pro");
    await expect(callerFor(user).domain.add({ workspaceSlug: workspace.slug, kind: "app", host: newHost() })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("on the Enterprise plan; your organization is on Pro"),
    });
    expect((await callerFor(user).domain.list({ workspaceSlug: workspace.slug })).appUnavailable).toContain("Enterprise");
    expect(await db.select().from(customDomains).where(eq(customDomains.organizationId, organization.id))).toEqual([]);
  });

  it("is managed by the organization's owners and admins only, not by a workspace admin who is not one", async () => {
    const { user, workspace, organization } = await enterpriseAgency();
    const added = await callerFor(user).domain.add({ workspaceSlug: workspace.slug, kind: "app", host: newHost() });
    const workspaceAdmin = callerFor(await addMember(workspace.id, "admin"));
    await expect(workspaceAdmin.domain.add({ workspaceSlug: workspace.slug, kind: "app", host: newHost() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(workspaceAdmin.domain.check({ workspaceSlug: workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(workspaceAdmin.domain.remove({ workspaceSlug: workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await workspaceAdmin.domain.list({ workspaceSlug: workspace.slug })).toMatchObject({ canManageBlog: true, canManageApp: false, app: { id: added.id } });
    // An organization admin who is also a workspace admin may.
    const orgAdmin = await createUser();
    await db.insert(organizationMembers).values({ organizationId: organization.id, userId: orgAdmin.id, role: "admin" });
    await addMember(workspace.id, "admin", orgAdmin);
    await callerFor(orgAdmin).domain.remove({ workspaceSlug: workspace.slug, domainId: added.id });
    expect(await db.select().from(customDomains).where(eq(customDomains.id, added.id))).toEqual([]);
  });

  it("never reaches another organization's app domain", async () => {
    const a = await enterpriseAgency();
    const b = await enterpriseAgency();
    const added = await callerFor(a.user).domain.add({ workspaceSlug: a.workspace.slug, kind: "app", host: newHost() });
    const asB = callerFor(b.user);
    await expect(asB.domain.check({ workspaceSlug: b.workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asB.domain.remove({ workspaceSlug: b.workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asB.domain.remove({ workspaceSlug: a.workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await asB.domain.list({ workspaceSlug: b.workspace.slug })).app).toBeNull();
    expect(await db.select().from(customDomains).where(eq(customDomains.id, added.id))).toHaveLength(1);
  });
});
