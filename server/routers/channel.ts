import "server-only";
import { availableChannels } from "@/server/publish/channels/available-channels";
import { connectBluesky } from "@/server/publish/channels/connect-bluesky";
import { connectWebhook } from "@/server/publish/channels/connect-webhook";
import { disconnectChannel } from "@/server/publish/channels/disconnect-channel";
import { listChannels } from "@/server/publish/channels/list-channels";
import { startOAuth } from "@/server/publish/channels/oauth/start-oauth";
import { channelIdInput, connectBlueskyInput, connectWebhookInput, setQueueScheduleInput, startOAuthInput } from "@/server/publish/channels/schemas";
import { setQueueSchedule } from "@/server/publish/channels/set-queue-schedule";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext } from "@/server/workspaces/service-context";

/** Where a workspace publishes: the built-in blog and connected accounts (members see them; owners and admins manage them). */
export const channelRouter = router({
  list: workspaceProcedure("workspace.view").query(({ ctx }) => listChannels(ctx)),
  available: workspaceProcedure("workspace.view").query(() => availableChannels()),
  startOAuth: workspaceProcedure("channels.manage")
    .input(startOAuthInput)
    .mutation(({ ctx, input }) => startOAuth(workspaceServiceContext(ctx), input)),
  connectBluesky: workspaceProcedure("channels.manage")
    .input(connectBlueskyInput)
    .mutation(({ ctx, input }) => connectBluesky(workspaceServiceContext(ctx), input)),
  connectWebhook: workspaceProcedure("channels.manage")
    .input(connectWebhookInput)
    .mutation(({ ctx, input }) => connectWebhook(workspaceServiceContext(ctx), input)),
  disconnect: workspaceProcedure("channels.manage")
    .input(channelIdInput)
    .mutation(({ ctx, input }) => disconnectChannel(workspaceServiceContext(ctx), input)),
  setQueueSchedule: workspaceProcedure("channels.manage")
    .input(setQueueScheduleInput)
    .mutation(({ ctx, input }) => setQueueSchedule(workspaceServiceContext(ctx), input)),
});
