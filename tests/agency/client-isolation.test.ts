import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../factories/users";
import { addMember, insertInvitation, snapshotWorkspace } from "../factories/workspaces";
import { workspaceCases, type TargetIds } from "../tenancy/procedure-table";
import { brandingCases } from "../branding/branding-cases";
import { createAgency, type Agency } from "./agency-factory";

/**
 * Isolation between clients of one agency: client A's users reach nothing of client B — through
 * B's slug or with B's ids in A's slug — even though both workspaces belong to one organization.
 */
let agency: Agency;
let ids: TargetIds;

beforeAll(async () => {
  agency = await createAgency();
  const member = await addMember(agency.clientB.id, "editor");
  const invitation = await insertInvitation({ workspaceId: agency.clientB.id, invitedById: agency.owner.id });
  ids = { slug: agency.clientB.slug, organizationId: agency.organization.id, memberId: member.id, invitationId: invitation.id };
});

const cases = [...workspaceCases, ...brandingCases];

describe("client A's admin calling with client B's slug", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s → NOT_FOUND, nothing of B changes", async (_name, testCase) => {
    const before = await snapshotWorkspace(agency.clientB.id);
    await expect(testCase.call(callerFor(agency.clientUserA), agency.clientB.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotWorkspace(agency.clientB.id)).toEqual(before);
  });
});

describe("client A's admin with its own slug and B's ids", () => {
  const withIds = cases.filter((c) => c.takesIds);
  it.each(withIds.map((c) => [c.name, c] as const))("%s → NOT_FOUND, nothing of B changes", async (_name, testCase) => {
    const before = await snapshotWorkspace(agency.clientB.id);
    await expect(testCase.call(callerFor(agency.clientUserA), agency.clientA.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotWorkspace(agency.clientB.id)).toEqual(before);
  });
});

describe("what a client user sees of its agency", () => {
  it("workspace.list and the switcher show only the client's own workspace", async () => {
    const caller = callerFor(agency.clientUserA);
    expect((await caller.workspace.list()).map((w) => w.slug)).toEqual([agency.clientA.slug]);
    const groups = await caller.agency.workspaces();
    expect(groups.flatMap((g) => g.workspaces.map((w) => w.slug))).toEqual([agency.clientA.slug]);
  });

  it("a client admin cannot add workspaces to the agency's organization", async () => {
    await expect(
      callerFor(agency.clientUserA).workspace.create({ organizationId: agency.organization.id, name: "Sideline" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
