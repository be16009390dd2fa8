import { timelineInput, type TimelineEntry } from "@/server/timeline/types";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";

export const timelineRouter = router({
  /** Everything that happened to one content item, oldest first. */
  forItem: workspaceProcedure("workspace.view")
    .input(timelineInput)
    .query((): TimelineEntry[] => []),
});
