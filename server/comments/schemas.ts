import "server-only";
import { z } from "zod";

const id = (what: string) => z.string().trim().min(1, `Give the ${what} id`).max(100);
const body = z.string().trim().min(1, "Write a comment").max(5000, "Keep the comment under 5000 characters");
/** User ids picked in the @mention menu; each must be a member of the workspace. */
const mentions = z.array(z.string().trim().min(1).max(100)).max(20, "At most 20 mentions").default([]);

export const commentListInput = z.object({ contentItemId: id("content") });
export type CommentListInput = z.output<typeof commentListInput>;

export const commentCreateInput = z.object({
  contentItemId: id("content"),
  body,
  mentions,
  parentId: id("parent comment").optional(),
  /** The version the comment is about; defaults to the item's current version. */
  versionNumber: z.number().int().min(1).optional(),
});
export type CommentCreateInput = z.output<typeof commentCreateInput>;

export const commentEditInput = z.object({ commentId: id("comment"), body, mentions });
export type CommentEditInput = z.output<typeof commentEditInput>;

export const commentResolveInput = z.object({ commentId: id("comment"), resolved: z.boolean().default(true) });
export type CommentResolveInput = z.output<typeof commentResolveInput>;
