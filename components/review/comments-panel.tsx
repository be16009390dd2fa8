"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MessagesSquare } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { pluralize } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { CommentComposer } from "./comment-composer";
import { CommentItem, type CommentActions } from "./comment-item";
import type { CommentRecord, Person } from "./types";

/** Threads on the item: top-level comments with their replies, resolved threads dimmed; @mentions notify. */
export function CommentsPanel({ slug, contentItemId, meId, canResolveAny }: { slug: string; contentItemId: string; meId: string | null; canResolveAny: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.comment.list.queryOptions({ workspaceSlug: slug, contentItemId }));
  const mentionable = useQuery(trpc.comment.mentionable.queryOptions({ workspaceSlug: slug }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.comment.list.queryKey({ workspaceSlug: slug, contentItemId }) });
  const create = useMutation(trpc.comment.create.mutationOptions({ onSuccess: refresh }));
  const edit = useMutation(trpc.comment.edit.mutationOptions({ onSuccess: refresh }));
  const resolve = useMutation(trpc.comment.resolve.mutationOptions({ onSuccess: refresh, onError: (e) => toast.error(errorMessage(e)) }));

  const members: Person[] = mentionable.data ?? [];
  const comments: CommentRecord[] = list.data ?? [];
  const top = comments.filter((c) => !c.parentId);
  const open = top.filter((c) => !c.resolvedAt).length;
  const actions: CommentActions = {
    edit: (commentId, body, mentions) => edit.mutateAsync({ workspaceSlug: slug, commentId, body, mentions }),
    resolve: (commentId, resolved) => resolve.mutateAsync({ workspaceSlug: slug, commentId, resolved }),
    reply: (parentId, body, mentions) => create.mutateAsync({ workspaceSlug: slug, contentItemId, parentId, body, mentions }),
  };

  return (
    <Card>
      <CardHeader title="Comments" description={list.data ? `${pluralize(open, "open thread")}${top.length > open ? `, ${top.length - open} resolved` : ""}` : undefined} />
      <CardBody className="space-y-5">
        {list.isError ? (
          <Alert tone="danger" title="Couldn't load comments">
            {errorMessage(list.error)}
          </Alert>
        ) : list.isPending ? (
          <Skeleton className="h-16 w-full" />
        ) : top.length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-zinc-500">
            <MessagesSquare aria-hidden className="size-4" /> No comments yet. Start the conversation below.
          </p>
        ) : (
          <ol className="space-y-5">
            {top.map((c) => (
              <li key={c.id} className={c.resolvedAt ? "opacity-70" : undefined}>
                <CommentItem comment={c} members={members} meId={meId} actions={actions} canResolve={canResolveAny || c.authorId === meId} topLevel>
                  {comments.some((r) => r.parentId === c.id) && (
                    <ol className="mt-3 space-y-4 border-l-2 border-zinc-100 pl-4">
                      {comments
                        .filter((r) => r.parentId === c.id)
                        .map((r) => (
                          <li key={r.id}>
                            <CommentItem comment={r} members={members} meId={meId} actions={actions} canResolve={false} topLevel={false} />
                          </li>
                        ))}
                    </ol>
                  )}
                </CommentItem>
              </li>
            ))}
          </ol>
        )}
        <div className="border-t border-zinc-100 pt-4">
          <CommentComposer
            members={members}
            submitLabel="Comment"
            onSubmit={(body, mentions) => create.mutateAsync({ workspaceSlug: slug, contentItemId, body, mentions })}
          />
        </div>
      </CardBody>
    </Card>
  );
}
