/**
 * Reviewers review, publishers publish: a reviewer's final approval carries the planned schedule
 * (the suggested channels, a time set earlier by someone who can publish); picking channels, a time
 * or the queue in the approval needs content.publish, like publish.schedule. Both roles, both paths.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { publishJobs } from "@/server/db/schema";
import { chooseScheduleMessage } from "@/server/review/schedule-permission";
import { callerFor } from "../factories/users";
import { approveAs, insertChannel, publishWorkspace } from "../publish/publish-factory";
import { approvalsOf, createReviewItem, itemRow, setSteps } from "./review-factory";

const jobsOf = (itemId: string) => db.select().from(publishJobs).where(eq(publishJobs.contentItemId, itemId));
const inDays = (days: number) => {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCSeconds(0, 0);
  return at;
};

describe("a reviewer without content.publish", () => {
  it("approves with the planned schedule: the suggested channels, right away", async () => {
    const ws = await publishWorkspace();
    const x = await insertChannel(ws.workspace.id, "x");
    const view = await callerFor(ws.reviewer).review.item({ workspaceSlug: ws.slug, contentItemId: ws.item.id });
    expect(view.permissions).toMatchObject({ approve: true, chooseSchedule: false });
    expect(view.plannedSchedule).toBeNull();
    const result = await approveAs(ws.reviewer, ws.slug, ws.item);
    expect(result.jobIds).toHaveLength(1);
    const [job] = await jobsOf(ws.item.id);
    expect(job).toMatchObject({ channelId: x.id, createdById: ws.reviewer.id });
  });

  it("approves the last step with the time a publisher set at an earlier step", async () => {
    const ws = await publishWorkspace();
    await setSteps(ws.workspace.id, [{ name: "Editor", kind: "role" }, { name: "Lead", kind: "role" }]);
    const item = await createReviewItem(ws.workspace.id, ws.editor);
    const x = await insertChannel(ws.workspace.id, "x");
    const at = inDays(2);
    await approveAs(ws.admin, ws.slug, item, { scheduledFor: at.toISOString() });
    const view = await callerFor(ws.reviewer).review.item({ workspaceSlug: ws.slug, contentItemId: item.id });
    expect(new Date(view.plannedSchedule!.at).toISOString()).toBe(at.toISOString());
    const result = await approveAs(ws.reviewer, ws.slug, item);
    expect(result).toMatchObject({ status: "scheduled", final: true });
    const [job] = await jobsOf(item.id);
    expect(job).toMatchObject({ channelId: x.id });
    expect(job!.runAt.toISOString()).toBe(at.toISOString());
  });

  it("is refused (FORBIDDEN, plain message) when picking channels, a time or the queue; nothing is written", async () => {
    const ws = await publishWorkspace();
    const x = await insertChannel(ws.workspace.id, "x");
    const choices = [{ channelIds: [x.id] }, { channelIds: [] }, { scheduledFor: inDays(1).toISOString() }, { scheduledFor: "2099-01-01T10:00", timezone: "Europe/Berlin" }, { queue: true }];
    for (const choice of choices) {
      await expect(approveAs(ws.reviewer, ws.slug, ws.item, choice)).rejects.toMatchObject({ code: "FORBIDDEN", message: chooseScheduleMessage });
    }
    expect(chooseScheduleMessage).toMatch(/publish permission/);
    expect(await jobsOf(ws.item.id)).toHaveLength(0);
    expect(await approvalsOf(ws.item.id)).toHaveLength(0);
    expect((await itemRow(ws.item.id)).status).toBe("in_review");
  });

  it("cannot set a time at an earlier step either", async () => {
    const ws = await publishWorkspace();
    await setSteps(ws.workspace.id, [{ name: "Editor", kind: "role" }, { name: "Lead", kind: "role" }]);
    const item = await createReviewItem(ws.workspace.id, ws.editor);
    await expect(approveAs(ws.reviewer, ws.slug, item, { scheduledFor: inDays(1).toISOString() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await approvalsOf(item.id)).toHaveLength(0);
    await expect(approveAs(ws.reviewer, ws.slug, item)).resolves.toMatchObject({ status: "in_review", step: 1, final: false });
  });
});

describe("a member with content.publish (admin)", () => {
  it("approves with the planned schedule", async () => {
    const ws = await publishWorkspace();
    const x = await insertChannel(ws.workspace.id, "x");
    const view = await callerFor(ws.admin).review.item({ workspaceSlug: ws.slug, contentItemId: ws.item.id });
    expect(view.permissions.chooseSchedule).toBe(true);
    expect((await approveAs(ws.admin, ws.slug, ws.item)).jobIds).toHaveLength(1);
    expect((await jobsOf(ws.item.id))[0]).toMatchObject({ channelId: x.id });
  });

  it("approves with channels and a time of their own", async () => {
    const ws = await publishWorkspace();
    await insertChannel(ws.workspace.id, "x");
    const mastodon = await insertChannel(ws.workspace.id, "mastodon");
    const at = inDays(3);
    const result = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [mastodon.id], scheduledFor: at.toISOString() });
    expect(result.status).toBe("scheduled");
    const jobs = await jobsOf(ws.item.id);
    expect(jobs.map((j) => [j.channelId, j.runAt.toISOString()])).toEqual([[mastodon.id, at.toISOString()]]);
  });
});
