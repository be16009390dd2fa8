import "server-only";

/** @mentions: every mentioned id must be a member of the workspace; mentioned members get a notification and a mail. */
import { and, eq, inArray } from "drizzle-orm";
import { env } from "@/env";
import type { Db } from "@/server/db/client";
import { memberships, users } from "@/server/db/schema";
import { AppError } from "@/server/errors/app-error";
import { logger } from "@/server/log/logger";
import { sendMail } from "@/server/mail/send-mail";
import { mailBrandForWorkspace } from "@/server/branding/mail-brand";
import { renderMail } from "@/server/mail/templates/layout";
import { notify } from "@/server/notifications/notify";

export type Mentioned = { id: string; email: string; name: string | null };

export async function resolveMentions(db: Db, workspaceId: string, ids: string[]): Promise<Mentioned[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, unique)));
  if (rows.length !== unique.length) throw new AppError("VALIDATION", "You can only mention members of this workspace.", { field: "mentions" });
  return rows;
}

export type MentionNote = { workspaceId: string; workspaceName: string; author: string; itemTitle: string; body: string; link: string };

/** In-app notifications, inside the comment's transaction (the author is never notified of their own mention). */
export async function notifyMentioned(tx: Db, authorId: string, mentioned: Mentioned[], note: MentionNote): Promise<Mentioned[]> {
  const targets = mentioned.filter((m) => m.id !== authorId);
  await notify(tx, {
    workspaceId: note.workspaceId,
    userIds: targets.map((m) => m.id),
    kind: "comment.mention",
    title: `${note.author} mentioned you on “${note.itemTitle}”`,
    body: note.body.slice(0, 500),
    link: note.link,
  });
  return targets;
}

/** Mails after commit; a mail failure is logged and never undoes the comment. */
export async function mailMentioned(targets: Mentioned[], note: MentionNote): Promise<void> {
  const brand = await mailBrandForWorkspace(note.workspaceId);
  for (const m of targets) {
    const mail = renderMail({
      subject: `${note.author} mentioned you in ${note.workspaceName}`,
      heading: `${note.author} mentioned you on “${note.itemTitle}”`,
      paragraphs: [note.body.slice(0, 2000)],
      action: { label: "Open the comment", url: `${env.APP_URL}${note.link}` },
    }, brand);
    await sendMail({ to: m.email, ...mail }).catch((error: unknown) => logger.error("mention mail failed", { to: m.email, error }));
  }
}
