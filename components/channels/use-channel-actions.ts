"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

/** Channel mutations, each refreshing the channel list (and publish targets) on success. */
export function useChannelActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: trpc.channel.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.publish.pathKey() })]);
  const startOAuth = useMutation(trpc.channel.startOAuth.mutationOptions());
  return {
    connectBluesky: useMutation(trpc.channel.connectBluesky.mutationOptions({ onSuccess })),
    connectWebhook: useMutation(trpc.channel.connectWebhook.mutationOptions({ onSuccess })),
    disconnect: useMutation(trpc.channel.disconnect.mutationOptions({ onSuccess })),
    setQueueSchedule: useMutation(trpc.channel.setQueueSchedule.mutationOptions({ onSuccess })),
    /** Sends the browser to the platform's consent page (it comes back to /<ws>/channels). */
    goToOAuth: async (input: Parameters<typeof startOAuth.mutateAsync>[0]) => {
      try {
        const { url } = await startOAuth.mutateAsync(input);
        window.location.assign(url);
      } catch (error) {
        toast.error("Couldn't start connecting", errorMessage(error));
      }
    },
    oauthPending: startOAuth.isPending,
  };
}
