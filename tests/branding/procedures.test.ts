import { beforeAll, describe, expect, it } from "vitest";
import { can, roles, type Role } from "@/lib/workspaces/permissions";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { addOrgMember, createAgency, type Agency } from "../agency/agency-factory";
import { brandingCases } from "./branding-cases";
import { brandingSnapshot } from "./branding-factory";

/** Cross-tenant, wrong-role and signed-out cases for every branding procedure. */
let agency: Agency;
let other: Awaited<ReturnType<typeof createOwner>>;
const membersByRole = new Map<Role, Awaited<ReturnType<typeof addMember>>>();
const ids = () => ({ slug: agency.clientA.slug, organizationId: agency.organization.id, memberId: "", invitationId: "" });
const managed = brandingCases.filter((c) => c.permission !== "workspace.view");

beforeAll(async () => {
  [agency, other] = await Promise.all([createAgency(), createOwner()]);
  await callerFor(agency.owner).branding.updateOrganization({ workspaceSlug: agency.home.slug, productName: "Agency One" });
  for (const role of roles.filter((r) => r !== "owner")) membersByRole.set(role, await addMember(agency.clientA.id, role));
});

describe("another organization's owner calling with the client's slug", () => {
  it.each(brandingCases.map((c) => [c.name, c] as const))("%s → NOT_FOUND, nothing changes", async (_name, testCase) => {
    const before = await brandingSnapshot(agency.organization.id);
    await expect(testCase.call(callerFor(other.user), agency.clientA.slug, ids())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await brandingSnapshot(agency.organization.id)).toEqual(before);
  });
});

describe("wrong role", () => {
  const rows = managed.flatMap((c) => roles.filter((r) => !can(r, c.permission)).map((r) => [c.name, r, c] as const));
  it.each(rows)("%s as workspace %s → FORBIDDEN, nothing changes", async (_name, role, testCase) => {
    const before = await brandingSnapshot(agency.organization.id);
    await expect(testCase.call(callerFor(membersByRole.get(role)!), agency.clientA.slug, ids())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await brandingSnapshot(agency.organization.id)).toEqual(before);
  });

  it.each(managed.map((c) => [c.name, c] as const))(
    "%s by the client's own admin (not agency staff) → FORBIDDEN: branding is the agency's",
    async (_name, testCase) => {
      const before = await brandingSnapshot(agency.organization.id);
      await expect(testCase.call(callerFor(agency.clientUserA), agency.clientA.slug, ids())).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await brandingSnapshot(agency.organization.id)).toEqual(before);
    },
  );

  it("an organization member who owns a client workspace still cannot change branding", async () => {
    const member = await addOrgMember(agency.organization.id, "member");
    await addMember(agency.clientA.id, "owner", member);
    await expect(
      callerFor(member).branding.updateWorkspace({ workspaceSlug: agency.clientA.slug, productName: "Mine" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("every member reads the branding its workspace shows; agency staff edit it", async () => {
    await expect(callerFor(membersByRole.get("viewer")!).branding.get({ workspaceSlug: agency.clientA.slug })).resolves.toMatchObject({
      productName: "Agency One",
    });
    await expect(callerFor(agency.orgAdmin).branding.settings({ workspaceSlug: agency.clientA.slug })).resolves.toMatchObject({
      available: true,
      organization: { productName: "Agency One" },
      workspace: null,
    });
  });
});

describe("signed out", () => {
  it.each(brandingCases.map((c) => [c.name, c] as const))("%s → UNAUTHORIZED", async (_name, testCase) => {
    await expect(testCase.call(callerFor(null), agency.clientA.slug, ids())).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
