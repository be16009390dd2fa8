import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { publishJobs } from "@/server/db/schema";
import { setUsage } from "../billing/harness";
import { callerFor, createOwner } from "../factories/users";
import { blogChannelOf } from "../publish/publish-factory";
import { createReviewItem } from "../review/review-factory";
import { createAgency, type Agency } from "./agency-factory";

let agency: Agency;
let other: Awaited<ReturnType<typeof createOwner>>;
const hour = 3_600_000;

async function job(workspaceId: string, author: Agency["owner"], status: "scheduled" | "failed" | "published", runAt: Date) {
  const item = await createReviewItem(workspaceId, author, { status: "in_review" });
  const channel = await blogChannelOf(workspaceId);
  await db.insert(publishJobs).values({
    workspaceId,
    contentItemId: item.id,
    channelId: channel.id,
    versionNumber: 1,
    runAt,
    status,
    workflowId: crypto.randomUUID(),
    idempotencyKey: crypto.randomUUID(),
  });
}

beforeAll(async () => {
  [agency, other] = await Promise.all([createAgency(), createOwner()]);
  const now = Date.now();
  // Client A: 1 item in review (+ items carrying the jobs, also in review), 2 posts in the next week, 1 in 10 days, 1 failed.
  await createReviewItem(agency.clientA.id, agency.owner, { status: "in_review" });
  await createReviewItem(agency.clientA.id, agency.owner, { status: "changes_requested" });
  await job(agency.clientA.id, agency.owner, "scheduled", new Date(now + 2 * hour));
  await job(agency.clientA.id, agency.owner, "scheduled", new Date(now + 6 * 24 * hour));
  await job(agency.clientA.id, agency.owner, "scheduled", new Date(now + 10 * 24 * hour));
  await job(agency.clientA.id, agency.owner, "failed", new Date(now - 5 * hour));
  // Client B: one published post, nothing else; another organization's busy workspace must not count.
  await job(agency.clientB.id, agency.owner, "published", new Date(now - hour));
  await job(other.workspace.id, other.user, "scheduled", new Date(now + hour));
  await setUsage(agency.organization.id, "runs", 7);
});

describe("agency.overview", () => {
  it("counts each client's pending approvals, posts in the next 7 days and failures, and the organization's usage", async () => {
    const overview = await callerFor(agency.orgAdmin).agency.overview({ organizationId: agency.organization.id });
    expect(overview.organization).toMatchObject({ id: agency.organization.id, role: "admin" });
    const bySlug = Object.fromEntries(overview.clients.map((c) => [c.slug, c]));
    expect(Object.keys(bySlug).sort()).toEqual([agency.home.slug, agency.clientA.slug, agency.clientB.slug].sort());
    expect(bySlug[agency.clientA.slug]).toMatchObject({ pendingApprovals: 5, scheduledNextWeek: 2, failedPosts: 1 });
    expect(bySlug[agency.clientB.slug]).toMatchObject({ pendingApprovals: 1, scheduledNextWeek: 0, failedPosts: 0 });
    expect(bySlug[agency.home.slug]).toMatchObject({ pendingApprovals: 0, scheduledNextWeek: 0, failedPosts: 0 });
    expect(overview.usage.lines.find((l) => l.metric === "runs")).toMatchObject({ used: 7 });
  });

  it("lists the organizations where the caller is agency staff", async () => {
    expect(await callerFor(agency.owner).agency.agencies()).toEqual([
      { id: agency.organization.id, name: agency.organization.name, role: "owner" },
    ]);
    expect(await callerFor(agency.orgMember).agency.agencies()).toEqual([]);
    expect(await callerFor(agency.clientUserA).agency.agencies()).toEqual([]);
  });

  it("another organization's owner gets NOT_FOUND; so does a client user of the agency", async () => {
    for (const user of [other.user, agency.clientUserA]) {
      await expect(callerFor(user).agency.overview({ organizationId: agency.organization.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("an organization member (no inherited role) gets FORBIDDEN", async () => {
    await expect(callerFor(agency.orgMember).agency.overview({ organizationId: agency.organization.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("signed out: every agency procedure is UNAUTHORIZED", async () => {
    const anon = callerFor(null);
    await expect(anon.agency.workspaces()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anon.agency.agencies()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anon.agency.overview({ organizationId: agency.organization.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
