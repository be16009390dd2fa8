"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";

/** The review mutations for one item, each refreshing the item, the queue, its count and the content pages on success. */
export function useReviewMutations(slug: string, contentItemId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.review.item.queryKey({ workspaceSlug: slug, contentItemId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.review.queue.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.review.count.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.content.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.comment.list.pathKey() }),
    ]);
  return {
    approve: useMutation(trpc.review.approve.mutationOptions({ onSuccess })),
    requestChanges: useMutation(trpc.review.requestChanges.mutationOptions({ onSuccess })),
    reject: useMutation(trpc.review.reject.mutationOptions({ onSuccess })),
    regenerate: useMutation(trpc.review.regenerate.mutationOptions({ onSuccess })),
    edit: useMutation(trpc.review.edit.mutationOptions({ onSuccess })),
    refresh: onSuccess,
  };
}
