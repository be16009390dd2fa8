"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";

/** Refreshes every publish view (calendar, jobs, item sections) and the content pages whose status follows the jobs. */
export function useRefreshPublishing() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.publish.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.content.pathKey() }),
    ]);
}

/** Retry, cancel and schedule, each refreshing the publish views on success. */
export function usePublishMutations() {
  const trpc = useTRPC();
  const onSuccess = useRefreshPublishing();
  return {
    retry: useMutation(trpc.publish.retry.mutationOptions({ onSuccess })),
    cancel: useMutation(trpc.publish.cancel.mutationOptions({ onSuccess })),
    schedule: useMutation(trpc.publish.schedule.mutationOptions({ onSuccess })),
  };
}
