import "server-only";

/** Writes in-app notifications (one per user) inside the caller's transaction. */
import type { Db } from "@/server/db/client";
import { notifications } from "@/server/db/schema";

export type NotificationInput = { workspaceId: string; userIds: string[]; kind: string; title: string; body?: string; link?: string | null };

export async function notify(tx: Db, input: NotificationInput): Promise<void> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return;
  await tx.insert(notifications).values(
    userIds.map((userId) => ({ workspaceId: input.workspaceId, userId, kind: input.kind, title: input.title, body: input.body ?? "", link: input.link ?? null })),
  );
}
