import "server-only";
import { timelineForItem } from "@/server/timeline/for-item";
import { timelineInput } from "@/server/timeline/types";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";

export const timelineRouter = router({
  /** Everything that happened to one content item, oldest first (stages, reviews, deliveries, metrics). */
  forItem: workspaceProcedure("workspace.view")
    .input(timelineInput)
    .query(({ ctx, input }) => timelineForItem(ctx, input)),
});
