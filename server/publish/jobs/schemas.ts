import "server-only";

/** Inputs of the publish procedures (the workspace comes from `workspaceSlug`). */
import { z } from "zod";
import { publishJobStatus } from "@/server/db/schema/publish";
import { isoInstant as boundedIsoInstant } from "@/server/validation/dates";

const id = (what: string) => z.string().trim().min(1, `Give the ${what} id`).max(100);
const isoInstant = boundedIsoInstant();

export const calendarInput = z
  .object({ from: isoInstant, to: isoInstant })
  .refine((v) => Date.parse(v.to) > Date.parse(v.from), { path: ["to"], message: "The end must be after the start" })
  .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 62 * 86_400_000, { path: ["to"], message: "Show at most 62 days at a time" });

export const jobsInput = z.object({
  status: z.enum(publishJobStatus.enumValues).optional(),
  channelId: id("channel").optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type JobsInput = z.output<typeof jobsInput>;

export const jobInput = z.object({ jobId: id("job") });
export const itemInput = z.object({ contentItemId: id("content") });

export const rescheduleInput = z.object({
  jobId: id("job"),
  runAt: z.string().trim().min(1, "Pick a date and time").max(40),
  timezone: z.string().trim().min(1).max(64).optional(),
});

export const nextSlotsInput = z.object({ channelIds: z.array(id("channel")).min(1).max(50) });

export const whenInput = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("now") }),
  z.object({ mode: z.literal("at"), scheduledFor: z.string().trim().min(1, "Pick a date and time").max(40), timezone: z.string().trim().min(1).max(64).optional() }),
  z.object({ mode: z.literal("queue") }),
]);

export const scheduleInput = z.object({
  contentItemId: id("content"),
  versionNumber: z.number().int().min(1),
  channelIds: z.array(id("channel")).min(1, "Pick at least one channel").max(50),
  when: whenInput,
});
export type ScheduleInput = z.output<typeof scheduleInput>;

export const blogVisibilityInput = z.object({ contentItemId: id("content"), visible: z.boolean() });
