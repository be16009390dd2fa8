import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { publishJobs } from "@/server/db/schema";
import { callerFor } from "../../factories/users";
import { auditRows } from "../../factories/workspaces";
import { itemRow } from "../../review/review-factory";
import { approveAs, dbosRow, insertChannel, jobRow, publishWorkspace } from "../publish-factory";

const dayMs = 86_400_000;

/** An item approved for one X channel two days ahead (its workflow DELAYED, so no worker runs it). */
async function scheduled() {
  const ws = await publishWorkspace();
  const x = await insertChannel(ws.workspace.id, "x");
  const at = new Date(Date.now() + 2 * dayMs);
  const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { scheduledFor: at.toISOString(), channelIds: [x.id] });
  return { ...ws, x, job: await jobRow(jobIds[0]!) };
}

describe("managing publish jobs", () => {
  it("reschedule moves the job and its delayed workflow; past times are refused", async () => {
    const s = await scheduled();
    const editor = callerFor(s.editor);
    const to = new Date(Date.now() + 5 * dayMs);
    to.setUTCSeconds(0, 0);
    await editor.publish.reschedule({ workspaceSlug: s.slug, jobId: s.job.id, runAt: to.toISOString() });
    expect((await jobRow(s.job.id)).runAt.toISOString()).toBe(to.toISOString());
    expect(Number((await dbosRow(s.job.workflowId)).delay_until_epoch_ms)).toBe(to.getTime());
    await expect(editor.publish.reschedule({ workspaceSlug: s.slug, jobId: s.job.id, runAt: new Date(Date.now() - 1000).toISOString() })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const local = await editor.publish.reschedule({ workspaceSlug: s.slug, jobId: s.job.id, runAt: "2027-03-28T09:30", timezone: "Europe/Berlin" });
    expect(local.runAt.toISOString()).toBe("2027-03-28T07:30:00.000Z");
    expect(await auditRows(s.workspace.id, "publish.rescheduled")).toHaveLength(2);
  });

  it("cancel stops the workflow and the item goes back to approved", async () => {
    const s = await scheduled();
    expect((await itemRow(s.item.id)).status).toBe("scheduled");
    const job = await callerFor(s.editor).publish.cancel({ workspaceSlug: s.slug, jobId: s.job.id });
    expect(job.status).toBe("cancelled");
    expect((await dbosRow(s.job.workflowId)).status).toBe("CANCELLED");
    expect((await itemRow(s.item.id)).status).toBe("approved");
    await expect(callerFor(s.editor).publish.cancel({ workspaceSlug: s.slug, jobId: s.job.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("retry is only for failed jobs, and needs an active channel", async () => {
    const s = await scheduled();
    await expect(callerFor(s.editor).publish.retry({ workspaceSlug: s.slug, jobId: s.job.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Only failed") });
    await db.update(publishJobs).set({ status: "failed", lastError: { code: "auth", message: "revoked", permanent: true } }).where(eq(publishJobs.id, s.job.id));
    const { channels } = await import("@/server/db/schema");
    await db.update(channels).set({ status: "needs_reconnect" }).where(eq(channels.id, s.x.id));
    await expect(callerFor(s.editor).publish.retry({ workspaceSlug: s.slug, jobId: s.job.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("reconnect") });
    await db.update(channels).set({ status: "active" }).where(eq(channels.id, s.x.id));
    const retried = await callerFor(s.editor).publish.retry({ workspaceSlug: s.slug, jobId: s.job.id });
    expect(retried).toMatchObject({ status: "scheduled", workflowId: `publish:${s.job.id}:2`, idempotencyKey: s.job.idempotencyKey, lastError: null });
    expect(await dbosRow(retried.workflowId)).toBeTruthy();
  });

  it("editing a scheduled item cancels its waiting jobs and their workflows", async () => {
    const s = await scheduled();
    const result = await callerFor(s.editor).review.edit({ workspaceSlug: s.slug, contentItemId: s.item.id, baseVersion: 1, title: "Edited", body: "New body" });
    expect(result.publishJobsCancelled).toBe(1);
    expect((await jobRow(s.job.id)).status).toBe("cancelled");
    expect((await dbosRow(s.job.workflowId)).status).toBe("CANCELLED");
    expect((await itemRow(s.item.id)).status).toBe("in_review");
  });

  it("the calendar shows scheduled jobs and proposals awaiting approval in the range", async () => {
    const s = await scheduled();
    const { createReviewItem, setSteps } = await import("../../review/review-factory");
    await setSteps(s.workspace.id, [{ name: "Editor", kind: "role" }, { name: "Legal", kind: "role" }]);
    const pending = await createReviewItem(s.workspace.id, s.editor);
    const proposed = new Date(Date.now() + 3 * dayMs).toISOString();
    await approveAs(s.admin, s.slug, pending, { scheduledFor: proposed });
    const entries = await callerFor(s.viewer).publish.calendar({ workspaceSlug: s.slug, from: new Date().toISOString(), to: new Date(Date.now() + 7 * dayMs).toISOString() });
    expect(entries.map((e) => [e.kind, e.status, e.contentItemId])).toEqual([
      ["job", "scheduled", s.item.id],
      ["proposal", "awaiting_approval", pending.id],
    ]);
    const empty = await callerFor(s.viewer).publish.calendar({ workspaceSlug: s.slug, from: new Date(Date.now() + 10 * dayMs).toISOString(), to: new Date(Date.now() + 11 * dayMs).toISOString() });
    expect(empty).toEqual([]);
  });
});
