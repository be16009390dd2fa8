import type { RouterOutputs as Outputs } from "@/lib/trpc/types";

/** One delivery of an item to one channel, as the publish router returns it. */
export type PublishJob = Outputs["publish"]["jobs"]["items"][number];
export type JobStatus = PublishJob["status"];
/** A calendar entry: a job, or an item still in review with a proposed time ("proposal"). */
export type CalendarEntry = Outputs["publish"]["calendar"][number];
export type EntryStatus = CalendarEntry["status"];
export type PublishTarget = Outputs["publish"]["targets"][number];
export type NextSlot = Outputs["publish"]["nextSlots"][number];
