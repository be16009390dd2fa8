import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { auditLog, customDomains } from "@/server/db/schema";
import { resolveHost } from "@/server/domains/resolve-host";
import { callerFor, createOwner, unique } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { useLocalDns } from "./harness";

const local = useLocalDns();
const newHost = () => `${unique("blog")}.acme.test`;

describe("blog domains", () => {
  it("adds a pending domain with the exact records to create, verifies it on demand, then routes it", async () => {
    const { user, workspace } = await createOwner();
    const caller = callerFor(user);
    const host = newHost();
    const added = await caller.domain.add({ workspaceSlug: workspace.slug, kind: "blog", host: `https://${host.toUpperCase()}/` });
    expect(added).toMatchObject({ host, status: "pending", records: { txt: { type: "TXT", name: `_loomcast-verify.${host}` }, cname: { type: "CNAME", name: host, value: "localhost" } } });
    expect(added.records.txt.value).toMatch(/^loomcast-verify=[0-9a-f]{32}$/);
    expect(await resolveHost(host)).toBeNull();

    const failed = await caller.domain.check({ workspaceSlug: workspace.slug, domainId: added.id });
    expect(failed).toMatchObject({ status: "failed", statusReason: `No TXT record found at _loomcast-verify.${host}.` });
    expect(failed.lastCheckedAt).toBeInstanceOf(Date);

    local.dns.set(`_loomcast-verify.${host}`, { txt: [["loomcast-verify=not-the-token"]] });
    expect((await caller.domain.check({ workspaceSlug: workspace.slug, domainId: added.id })).statusReason).toContain('has other values: "loomcast-verify=not-the-token"');

    local.dns.set(`_loomcast-verify.${host}`, { txt: [[added.records.txt.value]] });
    const verified = await caller.domain.check({ workspaceSlug: workspace.slug, domainId: added.id });
    expect(verified).toMatchObject({ status: "verified", statusReason: null, verifiedAt: expect.any(Date) });
    expect(await resolveHost(host)).toEqual({ kind: "blog", workspaceId: workspace.id, site: workspace.slug });

    // A DNS outage does not take a verified domain down; a definitive answer does.
    local.dns.set(`_loomcast-verify.${host}`, "servfail");
    expect(await caller.domain.check({ workspaceSlug: workspace.slug, domainId: added.id })).toMatchObject({ status: "verified", statusReason: expect.stringContaining("ESERVFAIL") });
    local.dns.set(`_loomcast-verify.${host}`, "nxdomain");
    expect(await caller.domain.check({ workspaceSlug: workspace.slug, domainId: added.id })).toMatchObject({ status: "failed" });
    expect(await resolveHost(host)).toBeNull();

    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.targetId, added.id)));
    expect(actions.map((a) => a.action).sort()).toEqual(["domain.added", "domain.check_failed", "domain.check_failed", "domain.check_failed", "domain.verified", "domain.verified"].sort());
  });

  it("lists the workspace's domain and removes it (routing stops at once)", async () => {
    const { user, workspace } = await createOwner();
    const caller = callerFor(user);
    const host = newHost();
    const added = await caller.domain.add({ workspaceSlug: workspace.slug, kind: "blog", host });
    local.dns.set(`_loomcast-verify.${host}`, { txt: [[added.records.txt.value]] });
    await caller.domain.check({ workspaceSlug: workspace.slug, domainId: added.id });
    expect(await resolveHost(host)).not.toBeNull();
    const list = await caller.domain.list({ workspaceSlug: workspace.slug });
    expect(list).toMatchObject({ blog: { id: added.id, status: "verified" }, app: null, canManageBlog: true, canManageApp: true, cnameTarget: "localhost" });
    await caller.domain.remove({ workspaceSlug: workspace.slug, domainId: added.id });
    expect(await resolveHost(host)).toBeNull();
    expect((await caller.domain.list({ workspaceSlug: workspace.slug })).blog).toBeNull();
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, added.id), eq(auditLog.action, "domain.removed")));
    expect(audit).toMatchObject({ workspaceId: workspace.id, changes: { host, kind: "blog" } });
  });

  it("keeps one blog domain per workspace and each host on one tenant", async () => {
    const a = await createOwner();
    const b = await createOwner();
    const host = newHost();
    await callerFor(a.user).domain.add({ workspaceSlug: a.workspace.slug, kind: "blog", host });
    await expect(callerFor(a.user).domain.add({ workspaceSlug: a.workspace.slug, kind: "blog", host: newHost() })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining(`already uses ${host}`) });
    await expect(callerFor(b.user).domain.add({ workspaceSlug: b.workspace.slug, kind: "blog", host: `${host}.` })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already connected to a Loomcast workspace") });
    expect(await db.select().from(customDomains).where(eq(customDomains.workspaceId, b.workspace.id))).toEqual([]);
  });

  it("refuses invalid and own hosts with the field's message", async () => {
    const { user, workspace } = await createOwner();
    await expect(callerFor(user).domain.add({ workspaceSlug: workspace.slug, kind: "blog", host: "10.0.0.1" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Enter a domain name, not an IP address." });
    await expect(callerFor(user).domain.add({ workspaceSlug: workspace.slug, kind: "blog", host: "shop.localhost" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("own domains") });
  });

  it("lets only workspace.manage change domains; other members may read", async () => {
    const { user, workspace } = await createOwner();
    const added = await callerFor(user).domain.add({ workspaceSlug: workspace.slug, kind: "blog", host: newHost() });
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      const member = callerFor(await addMember(workspace.id, role));
      await expect(member.domain.add({ workspaceSlug: workspace.slug, kind: "blog", host: newHost() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(member.domain.check({ workspaceSlug: workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(member.domain.remove({ workspaceSlug: workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await member.domain.list({ workspaceSlug: workspace.slug })).toMatchObject({ blog: { id: added.id }, canManageBlog: false, canManageApp: false });
    }
    const admin = callerFor(await addMember(workspace.id, "admin"));
    await admin.domain.remove({ workspaceSlug: workspace.slug, domainId: added.id });
    await expect(callerFor(null).domain.list({ workspaceSlug: workspace.slug })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("never reads or changes another workspace's domain, also through its own slug", async () => {
    const a = await createOwner();
    const b = await createOwner();
    const added = await callerFor(a.user).domain.add({ workspaceSlug: a.workspace.slug, kind: "blog", host: newHost() });
    const asB = callerFor(b.user);
    await expect(asB.domain.list({ workspaceSlug: a.workspace.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asB.domain.check({ workspaceSlug: a.workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asB.domain.check({ workspaceSlug: b.workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asB.domain.remove({ workspaceSlug: b.workspace.slug, domainId: added.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await asB.domain.list({ workspaceSlug: b.workspace.slug })).blog).toBeNull();
    const [row] = await db.select().from(customDomains).where(eq(customDomains.id, added.id));
    expect(row).toMatchObject({ status: "pending", lastCheckedAt: null });
  });
});
