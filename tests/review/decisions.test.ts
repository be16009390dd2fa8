import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../factories/users";
import { formErrorsOf } from "../factories/errors";
import { approvalsOf, auditFor, createReviewItem, itemRow, reviewWorkspace, setSteps } from "./review-factory";

let w: Awaited<ReturnType<typeof reviewWorkspace>>;
beforeAll(async () => {
  w = await reviewWorkspace();
});
const inOneHour = () => new Date(Date.now() + 3600_000).toISOString();

describe("approve", () => {
  it("approves the current version: approvals row, audit record, status approved", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor, { versions: 2 });
    const result = await callerFor(w.reviewer).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 2, comment: "Good", score: 4 });
    expect(result).toMatchObject({ status: "approved", step: 1, final: true });
    expect((await itemRow(item.id)).status).toBe("approved");
    const [row] = await approvalsOf(item.id);
    expect(row).toMatchObject({ versionNumber: 2, step: 1, decision: "approved", score: 4, actorId: w.reviewer.id, comment: "Good", voidedAt: null });
    const audit = (await auditFor(w.workspace.id, "content.approved")).filter((a) => a.targetId === item.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.reviewer.id, changes: expect.objectContaining({ version: 2, from: "in_review", to: "approved" }) });
  });

  it("refuses a stale version and changes nothing", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor, { versions: 2 });
    const e = await formErrorsOf(callerFor(w.reviewer).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1 }));
    expect(e).toMatchObject({ code: "CONFLICT", field: "versionNumber" });
    expect(e.message).toMatch(/current version is 2/);
    expect(await approvalsOf(item.id)).toHaveLength(0);
    expect((await itemRow(item.id)).status).toBe("in_review");
  });

  it("refuses items that are not in review (state machine through the service)", async () => {
    for (const status of ["changes_requested", "generating", "cancelled"] as const) {
      const item = await createReviewItem(w.workspace.id, w.editor, { status });
      await expect(callerFor(w.reviewer).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(callerFor(w.reviewer).review.requestChanges({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1, comment: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
    }
  });

  it("with a schedule in a named time zone → scheduled at that instant", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const year = new Date().getUTCFullYear() + 1;
    const local = `${year}-01-15T09:30`;
    const result = await callerFor(w.admin).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1, scheduledFor: local, timezone: "Europe/Berlin" });
    expect(result.status).toBe("scheduled");
    expect(result.scheduledFor?.toISOString()).toBe(`${year}-01-15T08:30:00.000Z`);
    expect((await approvalsOf(item.id))[0]).toMatchObject({ timezone: "Europe/Berlin" });
    expect((await itemRow(item.id)).status).toBe("scheduled");
  });

  it("refuses a past schedule, a bad time zone and a local time without zone, with the field named", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const c = callerFor(w.admin);
    const base = { workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1 };
    expect(await formErrorsOf(c.review.approve({ ...base, scheduledFor: "2020-01-01T10:00", timezone: "UTC" }))).toMatchObject({ code: "BAD_REQUEST", field: "scheduledFor", message: "The schedule time must be in the future." });
    expect(await formErrorsOf(c.review.approve({ ...base, scheduledFor: new Date(Date.now() - 60_000).toISOString() }))).toMatchObject({ field: "scheduledFor" });
    expect(await formErrorsOf(c.review.approve({ ...base, scheduledFor: "2099-01-01T10:00", timezone: "Mars/Olympus" }))).toMatchObject({ field: "timezone" });
    expect(await formErrorsOf(c.review.approve({ ...base, scheduledFor: `${new Date().getUTCFullYear() + 1}-01-01T10:00` }))).toMatchObject({ field: "timezone" });
    expect(await formErrorsOf(c.review.approve({ ...base, scheduledFor: `${new Date().getUTCFullYear() + 1}-02-30T10:00`, timezone: "UTC" }))).toMatchObject({ field: "scheduledFor" });
    expect(await approvalsOf(item.id)).toHaveLength(0);
    expect((await itemRow(item.id)).status).toBe("in_review");
  });
});

describe("self-approval", () => {
  it("the creator cannot approve their own content by default", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    await expect(callerFor(w.editor).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1 })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/self-approval/) });
    const view = await callerFor(w.editor).review.item({ workspaceSlug: w.slug, contentItemId: item.id });
    expect(view.permissions.approve).toBe(false);
    expect(await approvalsOf(item.id)).toHaveLength(0);
  });

  it("…unless the policy allows it", async () => {
    const own = await reviewWorkspace();
    await callerFor(own.user).review.setPolicy({ workspaceSlug: own.slug, allowSelfApproval: true, steps: [{ name: "Review", kind: "role" }] });
    const item = await createReviewItem(own.workspace.id, own.editor);
    await expect(callerFor(own.editor).review.approve({ workspaceSlug: own.slug, contentItemId: item.id, versionNumber: 1 })).resolves.toMatchObject({ status: "approved" });
    expect(await auditFor(own.workspace.id, "review.policy_updated")).toHaveLength(1);
  });
});

describe("multi-step", () => {
  it("N approvals in order, by different members; only the last moves the item on; a schedule from step 1 is applied at the end", async () => {
    const m = await reviewWorkspace();
    await setSteps(m.workspace.id, [{ name: "Editor", kind: "role" }, { name: "Lead", kind: "role" }]);
    const item = await createReviewItem(m.workspace.id, m.editor);
    const first = await callerFor(m.admin).review.approve({ workspaceSlug: m.slug, contentItemId: item.id, versionNumber: 1, scheduledFor: inOneHour() });
    expect(first).toMatchObject({ status: "in_review", step: 1, final: false });
    expect((await itemRow(item.id)).status).toBe("in_review");
    const view = await callerFor(m.reviewer2).review.item({ workspaceSlug: m.slug, contentItemId: item.id });
    expect(view.nextStep).toMatchObject({ number: 2, name: "Lead", final: true });
    await expect(callerFor(m.admin).review.approve({ workspaceSlug: m.slug, contentItemId: item.id, versionNumber: 1 })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/someone else/) });
    const second = await callerFor(m.reviewer2).review.approve({ workspaceSlug: m.slug, contentItemId: item.id, versionNumber: 1 });
    expect(second).toMatchObject({ status: "scheduled", step: 2, final: true });
    expect((await approvalsOf(item.id)).map((a) => a.step)).toEqual([1, 2]);
    expect(await auditFor(m.workspace.id, "content.step_approved")).toHaveLength(1);
  });

  it("a client step cannot be approved by a member", async () => {
    const m = await reviewWorkspace();
    await setSteps(m.workspace.id, [{ name: "Client", kind: "client" }]);
    const item = await createReviewItem(m.workspace.id, m.editor);
    await expect(callerFor(m.reviewer).review.approve({ workspaceSlug: m.slug, contentItemId: item.id, versionNumber: 1 })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/review link/) });
  });
});

describe("request changes, reject, score, edit", () => {
  it("request changes needs a comment; the item waits for changes and the feedback is kept", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    const c = callerFor(w.reviewer);
    expect((await formErrorsOf(c.review.requestChanges({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1, comment: "  " }))).fieldErrors.comment).toEqual(["Say what should change"]);
    const r = await c.review.requestChanges({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1, comment: "Shorter hook" });
    expect(r.status).toBe("changes_requested");
    expect((await approvalsOf(item.id))[0]).toMatchObject({ decision: "changes_requested", comment: "Shorter hook" });
    await c.review.score({ workspaceSlug: w.slug, approvalId: r.approvalId, score: 2 });
    expect((await approvalsOf(item.id))[0]!.score).toBe(2);
    await expect(callerFor(w.reviewer2).review.score({ workspaceSlug: w.slug, approvalId: r.approvalId, score: 5 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const notes = await callerFor(w.editor).notification.list({ workspaceSlug: w.slug });
    expect(notes.items.some((n) => n.kind === "review.changes_requested" && n.body === "Shorter hook")).toBe(true);
  });

  it("reject records a rejected decision", async () => {
    const item = await createReviewItem(w.workspace.id, w.editor);
    await callerFor(w.reviewer).review.reject({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1, comment: "Off brand" });
    expect((await itemRow(item.id)).status).toBe("changes_requested");
    expect((await approvalsOf(item.id))[0]).toMatchObject({ decision: "rejected" });
    expect((await auditFor(w.workspace.id, "content.rejected")).some((a) => a.targetId === item.id)).toBe(true);
  });

  it("an inline edit writes a version (source edit), voids approvals and returns the item to review", async () => {
    const item = await createReviewItem(w.workspace.id, w.user);
    await callerFor(w.reviewer).review.approve({ workspaceSlug: w.slug, contentItemId: item.id, versionNumber: 1 });
    const r = await callerFor(w.editor).review.edit({ workspaceSlug: w.slug, contentItemId: item.id, baseVersion: 1, title: "New", body: "New body" });
    expect(r).toEqual({ version: 2, status: "in_review", publishJobsCancelled: 0 });
    expect(await itemRow(item.id)).toMatchObject({ status: "in_review", currentVersion: 2 });
    expect((await approvalsOf(item.id))[0]!.voidedAt).not.toBeNull();
    const view = await callerFor(w.editor).review.item({ workspaceSlug: w.slug, contentItemId: item.id });
    expect(view.versions.map((v) => v.source)).toEqual(["final", "edit"]);
    expect(view.approvals[0]!.voided).toBe(true);
    await expect(callerFor(w.editor).review.edit({ workspaceSlug: w.slug, contentItemId: item.id, baseVersion: 1, title: "Old", body: "x" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
