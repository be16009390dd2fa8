import "server-only";

/**
 * Approves the current version at the policy's next step. Only that exact version can be approved;
 * the item's creator cannot approve unless the policy allows it; one member approves at most one
 * step of a version; client steps are approved through a review link. The final step moves the
 * item to approved, or to scheduled when a future schedule was given (now or at an earlier step).
 * Choosing channels, a time or the queue needs `content.publish` (schedule-permission.ts).
 */
import { transaction } from "@/server/db/transaction";
import { createPublishJobs } from "@/server/publish/jobs/create-jobs";
import { currentStatus } from "@/server/publish/jobs/current-status";
import { AppError, forbidden } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { assertCurrentVersion, lockItem } from "./lock-item";
import { memberActor } from "./member-actor";
import { liveApprovals, loadPolicy, nextStep } from "./policy";
import { recordDecision } from "./record-decision";
import { assertMayChooseSchedule } from "./schedule-permission";
import { parseSchedule, pendingSchedule } from "./schedule";
import type { ReviewApproveInput } from "./schemas";
import { transition } from "./transitions";

export async function approveContent(ctx: WorkspaceServiceContext, input: ReviewApproveInput) {
  assertMayChooseSchedule(ctx.role, input);
  const schedule = input.scheduledFor ? parseSchedule(input.scheduledFor, input.timezone) : null;
  return transaction(async (scope) => {
    const { tx } = scope;
    const item = await lockItem(tx, ctx.workspace.id, input.contentItemId);
    transition(item.status, "approve");
    assertCurrentVersion(item, input.versionNumber);
    const policy = await loadPolicy(tx, ctx.workspace.id);
    if (item.createdById === ctx.user.id && !policy.allowSelfApproval) {
      throw forbidden("You created this content, so someone else has to approve it (this workspace does not allow self-approval).");
    }
    const live = await liveApprovals(tx, ctx.workspace.id, item.id, item.currentVersion);
    const step = nextStep(policy, live);
    if (!step) throw new AppError("CONFLICT", "This version has no approval step waiting.");
    if (step.kind === "client") {
      throw new AppError("CONFLICT", `The next step, “${step.name}”, is the client's: send them a review link.`);
    }
    if (live.some((a) => a.actorId === ctx.user.id)) {
      throw new AppError("CONFLICT", "You already approved an earlier step of this version; the next step needs someone else.");
    }
    const pending = schedule ?? pendingSchedule(live);
    const action = !step.final ? "approve" : pending || input.queue ? "approve_and_schedule" : "approve_final";
    const result = await recordDecision(tx, ctx.workspace, memberActor(ctx), item, {
      action,
      auditAction: step.final ? "content.approved" : "content.step_approved",
      decision: "approved",
      step: step.number,
      stepName: step.name,
      comment: input.comment,
      score: input.score,
      scheduledFor: schedule?.at ?? (step.final ? pending?.at : null),
      timezone: schedule?.timezone ?? (step.final ? pending?.timezone : null),
    });
    // The final approval publishes: one job per target channel, now, at the schedule, or at each channel's next queue slot.
    const jobs = step.final
      ? await createPublishJobs(scope, ctx.workspace, ctx.actor, {
          contentItemId: item.id,
          versionNumber: item.currentVersion,
          channelIds: input.channelIds,
          when: pending ? { mode: "at", at: pending.at, timezone: pending.timezone } : input.queue ? { mode: "queue" } : { mode: "now" },
        })
      : [];
    const status = jobs.length > 0 ? await currentStatus(tx, ctx.workspace.id, item.id) : result.status;
    return { approvalId: result.approval.id, status, step: step.number, final: step.final, scheduledFor: result.approval.scheduledFor, jobIds: jobs.map((j) => j.id) };
  });
}

