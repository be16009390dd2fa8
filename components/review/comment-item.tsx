"use client";

import { CircleCheck, Pencil, Reply, RotateCcw } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { formatRelative } from "@/lib/format";
import { CommentBody } from "./comment-body";
import { CommentComposer } from "./comment-composer";
import { nameOf } from "./review-labels";
import type { CommentRecord, Person } from "./types";

export interface CommentActions {
  edit: (commentId: string, body: string, mentions: string[]) => Promise<unknown>;
  resolve: (commentId: string, resolved: boolean) => Promise<unknown>;
  reply: (parentId: string, body: string, mentions: string[]) => Promise<unknown>;
}

/** One comment: author, time, version it is about, text with mentions; reply, edit (own), resolve/reopen (top level). */
export function CommentItem({
  comment,
  members,
  meId,
  actions,
  canResolve,
  topLevel,
  children,
}: {
  comment: CommentRecord;
  members: Person[];
  meId: string | null;
  actions: CommentActions;
  canResolve: boolean;
  topLevel: boolean;
  children?: ReactNode;
}) {
  const [mode, setMode] = useState<"view" | "edit" | "reply">("view");
  const name = comment.author ? nameOf(comment.author) : (comment.authorLabel ?? "Someone");
  const resolved = Boolean(comment.resolvedAt);
  return (
    <article aria-label={`Comment by ${name}`} className="flex gap-3">
      <Avatar name={name} seed={comment.authorId ?? name} size="md" />
      <div className="min-w-0 flex-1 space-y-1.5">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-medium text-zinc-900">{name}</span>
          <span className="text-xs text-zinc-500" suppressHydrationWarning>
            {formatRelative(comment.createdAt)}
            {comment.editedAt && " · edited"}
            {comment.versionNumber && ` · on version ${comment.versionNumber}`}
          </span>
          {resolved && topLevel && (
            <span className="inline-flex items-center gap-1 text-xs font-medium text-emerald-700">
              <CircleCheck aria-hidden className="size-3.5" /> Resolved
            </span>
          )}
        </p>
        {mode === "edit" ? (
          <CommentComposer
            members={members}
            initial={comment.body}
            submitLabel="Save comment"
            onCancel={() => setMode("view")}
            onSubmit={async (body, mentions) => {
              await actions.edit(comment.id, body, mentions);
              setMode("view");
            }}
          />
        ) : (
          <CommentBody body={comment.body} mentions={comment.mentions} members={members} />
        )}
        {mode === "view" && (
          <div className="-ml-2 flex flex-wrap gap-1">
            {topLevel && (
              <Button variant="ghost" size="sm" onClick={() => setMode("reply")}>
                <Reply aria-hidden /> Reply
              </Button>
            )}
            {meId && comment.authorId === meId && (
              <Button variant="ghost" size="sm" onClick={() => setMode("edit")}>
                <Pencil aria-hidden /> Edit
              </Button>
            )}
            {topLevel && canResolve && (
              <Button variant="ghost" size="sm" onClick={() => void actions.resolve(comment.id, !resolved)}>
                {resolved ? <RotateCcw aria-hidden /> : <CircleCheck aria-hidden />} {resolved ? "Reopen" : "Resolve"}
              </Button>
            )}
          </div>
        )}
        {children}
        {mode === "reply" && (
          <div className="pt-2">
            <CommentComposer
              members={members}
              submitLabel="Reply"
              placeholder={`Reply to ${name}`}
              onCancel={() => setMode("view")}
              onSubmit={async (body, mentions) => {
                await actions.reply(comment.id, body, mentions);
                setMode("view");
              }}
            />
          </div>
        )}
      </div>
    </article>
  );
}
