import "server-only";
import { z } from "zod";

export const notificationListInput = z.object({
  unreadOnly: z.boolean().default(false),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type NotificationListInput = z.output<typeof notificationListInput>;

/** Mark the given notifications read, or all of the caller's in this workspace when `ids` is omitted. */
export const notificationMarkReadInput = z.object({ ids: z.array(z.string().trim().min(1).max(100)).min(1).max(100).optional() });
export type NotificationMarkReadInput = z.output<typeof notificationMarkReadInput>;
