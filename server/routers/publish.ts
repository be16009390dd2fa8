import "server-only";
import { setBlogPostVisibility } from "@/server/publish/jobs/blog-visibility";
import { calendar, jobsForItem, listJobs } from "@/server/publish/jobs/list-jobs";
import { cancelJob, rescheduleJob, retryJob } from "@/server/publish/jobs/manage-job";
import { nextSlots, publishTargets, scheduleItem } from "@/server/publish/jobs/schedule-item";
import { blogVisibilityInput, calendarInput, itemInput, jobInput, jobsInput, nextSlotsInput, rescheduleInput, scheduleInput } from "@/server/publish/jobs/schemas";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext as svc } from "@/server/workspaces/service-context";

export const publishRouter = router({
  /** Jobs and proposed schedules in a date range (≤ 62 days), for the content calendar. */
  calendar: workspaceProcedure("workspace.view")
    .input(calendarInput)
    .query(({ ctx, input }) => calendar(svc(ctx), input)),
  /** Every publish job, newest run time first, with counts per status. */
  jobs: workspaceProcedure("workspace.view")
    .input(jobsInput)
    .query(({ ctx, input }) => listJobs(svc(ctx), input)),
  /** One item's jobs. */
  forItem: workspaceProcedure("workspace.view")
    .input(itemInput)
    .query(({ ctx, input }) => jobsForItem(svc(ctx), input)),
  /** Channels the item's current version can go to, which are suggested, and what each would refuse. */
  targets: workspaceProcedure("workspace.view")
    .input(itemInput)
    .query(({ ctx, input }) => publishTargets(svc(ctx), input)),
  /** The next free queue slot of each channel. */
  nextSlots: workspaceProcedure("workspace.view")
    .input(nextSlotsInput)
    .query(({ ctx, input }) => nextSlots(svc(ctx), input)),
  /** Publish an approved item to channels: now, at a time, or at each channel's next queue slot. */
  schedule: workspaceProcedure("content.publish")
    .input(scheduleInput)
    .mutation(({ ctx, input }) => scheduleItem(svc(ctx), input)),
  reschedule: workspaceProcedure("content.publish")
    .input(rescheduleInput)
    .mutation(({ ctx, input }) => rescheduleJob(svc(ctx), input)),
  cancel: workspaceProcedure("content.publish")
    .input(jobInput)
    .mutation(({ ctx, input }) => cancelJob(svc(ctx), input)),
  /** Hide an item's post from the public blog, or bring it back (same URL). */
  setBlogPostVisibility: workspaceProcedure("content.publish")
    .input(blogVisibilityInput)
    .mutation(({ ctx, input }) => setBlogPostVisibility(svc(ctx), input)),
  retry: workspaceProcedure("content.publish")
    .input(jobInput)
    .mutation(({ ctx, input }) => retryJob(svc(ctx), input)),
});
