import "server-only";
import { countUnread } from "@/server/notifications/count-unread";
import { listNotifications } from "@/server/notifications/list-notifications";
import { markRead } from "@/server/notifications/mark-read";
import { notificationListInput, notificationMarkReadInput } from "@/server/notifications/schemas";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext as svc } from "@/server/workspaces/service-context";

/** The caller's own notifications in one workspace. */
export const notificationRouter = router({
  list: workspaceProcedure("workspace.view")
    .input(notificationListInput)
    .query(({ ctx, input }) => listNotifications(svc(ctx), input)),
  unreadCount: workspaceProcedure("workspace.view").query(({ ctx }) => countUnread(svc(ctx))),
  markRead: workspaceProcedure("workspace.view")
    .input(notificationMarkReadInput)
    .mutation(({ ctx, input }) => markRead(svc(ctx), input)),
});
