import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, pool } from "@/server/db/client";
import { memberships, organizationMembers, workspaces } from "@/server/db/schema";
import { permissionsOf } from "@/lib/workspaces/permissions";
import { callerFor, createOwner, unique } from "../factories/users";
import { addMember, auditRows } from "../factories/workspaces";

describe("workspace.list and workspace.get", () => {
  it("lists only the caller's workspaces, sorted by name, with role and onboarding state", async () => {
    const { user, organization, workspace } = await createOwner();
    const other = await createOwner();
    await addMember(other.workspace.id, "reviewer", user);
    await db.update(workspaces).set({ name: "Aaa first" }).where(eq(workspaces.id, other.workspace.id));
    const list = await callerFor(user).workspace.list();
    expect(list).toEqual([
      expect.objectContaining({ id: other.workspace.id, name: "Aaa first", role: "reviewer", onboarded: false }),
      expect.objectContaining({
        id: workspace.id,
        slug: workspace.slug,
        role: "owner",
        organizationId: organization.id,
        organizationName: organization.name,
        onboarded: false,
      }),
    ]);
  });

  it("gets the workspace with the caller's role, permissions and member count", async () => {
    const { user: owner, workspace } = await createOwner();
    const viewer = await addMember(workspace.id, "viewer");
    const got = await callerFor(viewer).workspace.get({ workspaceSlug: workspace.slug });
    expect(got).toMatchObject({ id: workspace.id, role: "viewer", counts: { members: 2 }, organization: { id: workspace.organizationId } });
    expect(got.permissions).toEqual([...permissionsOf("viewer")]);
    // A plain workspace member holds no organization role; the owner who created it does.
    expect(got.organization.role).toBeNull();
    expect((await callerFor(owner).workspace.get({ workspaceSlug: workspace.slug })).organization.role).toBe("owner");
  });
});

describe("workspace.update", () => {
  it("renames, keeps the slug, records what changed; website omitted stays, empty clears", async () => {
    const { user, workspace } = await createOwner();
    const caller = callerFor(user);
    await caller.workspace.update({ workspaceSlug: workspace.slug, name: "Renamed", website: "https://acme.com/" });
    const result = await caller.workspace.update({ workspaceSlug: workspace.slug, name: "Renamed again" });
    expect(result.slug).toBe(workspace.slug);
    let [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspace.id));
    expect(row).toMatchObject({ name: "Renamed again", website: "https://acme.com", slug: workspace.slug });
    await caller.workspace.update({ workspaceSlug: workspace.slug, name: "Renamed again", website: "" });
    [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspace.id));
    expect(row!.website).toBeNull();
    const audits = await auditRows(workspace.id, "workspace.updated");
    expect(audits.map((a) => a.changes)).toEqual(
      expect.arrayContaining([
        { name: { from: workspace.name, to: "Renamed" }, website: { from: null, to: "https://acme.com" } },
        { name: { from: "Renamed", to: "Renamed again" } },
        { website: { from: "https://acme.com", to: null } },
      ]),
    );
  });

  it("writes no audit row when nothing changes, and rejects a one-letter name", async () => {
    const { user, workspace } = await createOwner();
    await callerFor(user).workspace.update({ workspaceSlug: workspace.slug, name: workspace.name });
    expect(await auditRows(workspace.id, "workspace.updated")).toEqual([]);
    await expect(callerFor(user).workspace.update({ workspaceSlug: workspace.slug, name: "x" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("workspace.create", () => {
  it("adds an onboarded workspace to the caller's organization with them as owner and enqueues the welcome", async () => {
    const { user, organization } = await createOwner();
    const name = unique("Client");
    const { slug } = await callerFor(user).workspace.create({ organizationId: organization.id, name, website: "client.com" });
    const [row] = await db.select().from(workspaces).where(eq(workspaces.slug, slug));
    expect(row).toMatchObject({ organizationId: organization.id, name, website: "https://client.com" });
    expect(row!.onboardedAt).toBeInstanceOf(Date);
    const [membership] = await db.select().from(memberships).where(eq(memberships.workspaceId, row!.id));
    expect(membership).toMatchObject({ userId: user.id, role: "owner" });
    const { rowCount } = await pool.query("select 1 from dbos.workflow_status where workflow_uuid = $1", [`welcome:${row!.id}`]);
    expect(rowCount).toBe(1);
    expect(await auditRows(row!.id, "workspace.created")).toHaveLength(1);
  });

  it("is refused to a plain organization member, even a workspace admin", async () => {
    const { organization, workspace } = await createOwner();
    const invitee = await addMember(workspace.id, "admin");
    await db.insert(organizationMembers).values({ organizationId: organization.id, userId: invitee.id, role: "member" });
    await expect(
      callerFor(invitee).workspace.create({ organizationId: organization.id, name: "Side project" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
