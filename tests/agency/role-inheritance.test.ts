import { beforeAll, describe, expect, it } from "vitest";
import { effectiveRole, inheritedRole } from "@/server/agency/org-roles";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { addOrgMember, createAgency, type Agency } from "./agency-factory";

let agency: Agency;
let other: Awaited<ReturnType<typeof createOwner>>;

beforeAll(async () => {
  [agency, other] = await Promise.all([createAgency(), createOwner()]);
});

describe("organization roles across client workspaces", () => {
  it("maps owner → owner, admin → admin, member → nothing; the stronger of membership and inherited role wins", () => {
    expect([inheritedRole("owner"), inheritedRole("admin"), inheritedRole("member"), inheritedRole(null)]).toEqual([
      "owner",
      "admin",
      null,
      null,
    ]);
    expect(effectiveRole("viewer", "admin")).toBe("admin");
    expect(effectiveRole("owner", "admin")).toBe("owner");
    expect(effectiveRole("editor", "member")).toBe("editor");
    expect(effectiveRole(null, "member")).toBeNull();
  });

  it("an organization admin with no membership reaches every client workspace as admin", async () => {
    const caller = callerFor(agency.orgAdmin);
    for (const ws of [agency.home, agency.clientA, agency.clientB]) {
      await expect(caller.workspace.get({ workspaceSlug: ws.slug })).resolves.toMatchObject({ id: ws.id, role: "admin" });
    }
    // Admin, not owner: billing stays the owner's.
    await expect(caller.billing.portal({ workspaceSlug: agency.clientA.slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a second organization owner reaches every client workspace as owner", async () => {
    const coOwner = await addOrgMember(agency.organization.id, "owner");
    await expect(callerFor(coOwner).workspace.get({ workspaceSlug: agency.clientB.slug })).resolves.toMatchObject({ role: "owner" });
  });

  it("an organization member inherits nothing: every client workspace is NOT_FOUND", async () => {
    const caller = callerFor(agency.orgMember);
    for (const ws of [agency.home, agency.clientA, agency.clientB]) {
      await expect(caller.workspace.get({ workspaceSlug: ws.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await caller.agency.workspaces()).toEqual([]);
  });

  it("an organization member who is also a client's member reaches that client only, with the membership's role", async () => {
    const member = await addOrgMember(agency.organization.id, "member");
    await addMember(agency.clientA.id, "reviewer", member);
    await expect(callerFor(member).workspace.get({ workspaceSlug: agency.clientA.slug })).resolves.toMatchObject({ role: "reviewer" });
    await expect(callerFor(member).workspace.get({ workspaceSlug: agency.clientB.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a client user reaches only their own workspace", async () => {
    const caller = callerFor(agency.clientUserA);
    await expect(caller.workspace.get({ workspaceSlug: agency.clientA.slug })).resolves.toMatchObject({ role: "admin" });
    for (const ws of [agency.clientB, agency.home]) {
      await expect(caller.workspace.get({ workspaceSlug: ws.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const groups = await caller.agency.workspaces();
    expect(groups.flatMap((g) => g.workspaces.map((w) => w.slug))).toEqual([agency.clientA.slug]);
  });

  it("agency staff of one organization reach nothing of another organization", async () => {
    await expect(callerFor(agency.orgAdmin).workspace.get({ workspaceSlug: other.workspace.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("agency.workspaces: the client switcher", () => {
  it("groups every client under the organization for agency staff, marking inherited roles", async () => {
    const groups = await callerFor(agency.orgAdmin).agency.workspaces();
    expect(groups).toHaveLength(1);
    expect(groups[0]!.organization).toMatchObject({ id: agency.organization.id, role: "admin" });
    expect(groups[0]!.workspaces.map((w) => w.slug).sort()).toEqual(
      [agency.home.slug, agency.clientA.slug, agency.clientB.slug].sort(),
    );
    expect(groups[0]!.workspaces.every((w) => w.inherited && w.role === "admin")).toBe(true);
  });

  it("shows a user's own workspaces of other organizations as their own groups", async () => {
    const user = await addMember(other.workspace.id, "editor", agency.clientUserB);
    const groups = await callerFor(user).agency.workspaces();
    expect(groups.map((g) => g.organization.id).sort()).toEqual([agency.organization.id, other.organization.id].sort());
    expect(groups.flatMap((g) => g.workspaces).map((w) => [w.slug, w.role, w.inherited])).toEqual(
      expect.arrayContaining([
        [agency.clientB.slug, "admin", false],
        [other.workspace.slug, "editor", false],
      ]),
    );
  });
});
