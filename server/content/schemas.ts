import "server-only";

/** Inputs of the content procedures (the workspace comes from `workspaceSlug`, added by the procedure). */
import { z } from "zod";
import { writingRequestSchema } from "@/lib/ai/brief";
import { contentKind, contentStatus } from "@/server/db/schema";

/** One request for every kind: blog, social (one or more platforms) or thread. */
export const contentRequestInput = writingRequestSchema;

const id = (what: string) => z.string().trim().min(1, `Give the ${what} id`).max(100);

export const contentListInput = z.object({
  status: z.enum(contentStatus.enumValues).optional(),
  kind: z.enum(contentKind.enumValues).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type ContentListInput = z.output<typeof contentListInput>;

export const contentItemInput = z.object({ contentItemId: id("content") });
export type ContentItemInput = z.output<typeof contentItemInput>;

export const runInput = z.object({ runId: id("run") });
export type RunInput = z.output<typeof runInput>;

export const runDetailInput = runInput.extend({ events: z.number().int().min(1).max(500).default(100) });
export type RunDetailInput = z.output<typeof runDetailInput>;
