import "server-only";

/**
 * Reviewers review, publishers publish. A member with `content.approve` may approve, and the final
 * approval carries the schedule already chosen for the item: the channels its request was written
 * for (the suggested ones) and a time set at an earlier step by someone with `content.publish`
 * (else right away). Choosing or changing channels, a time or the queue in the approval needs
 * `content.publish` too — the same permission `publish.schedule` asks for.
 */
import { forbidden } from "@/server/errors/app-error";
import { can, type Role } from "@/lib/workspaces/permissions";
import type { ReviewApproveInput } from "./schemas";

type ScheduleChoice = Pick<ReviewApproveInput, "channelIds" | "scheduledFor" | "timezone" | "queue">;

/** Whether the approval picks channels, a time or the queue itself. */
export function choosesSchedule(input: ScheduleChoice): boolean {
  return input.channelIds !== undefined || input.scheduledFor !== undefined || input.timezone !== undefined || input.queue === true;
}

export const chooseScheduleMessage =
  "Your role approves content but does not choose where or when it is published: that needs the publish permission (editors, admins and owners). Approve without channels or a time and it goes out as already planned, or ask someone who can publish.";

/** Refuses (FORBIDDEN, before anything is written) a schedule choice by a role without `content.publish`. */
export function assertMayChooseSchedule(role: Role, input: ScheduleChoice): void {
  if (choosesSchedule(input) && !can(role, "content.publish")) throw forbidden(chooseScheduleMessage);
}
