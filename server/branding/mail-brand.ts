import "server-only";
import type { Db } from "@/server/db/client";
import { loomcastMail, type MailBrand } from "@/server/mail/templates/layout";
import type { Branding } from "@/lib/branding/defaults";
import { brandingForWorkspace } from "./get-branding";

/** The mail signature of a branding: Loomcast's own unless white-label applies. */
export function mailBrandOf(branding: Branding): MailBrand {
  if (!branding.whiteLabel) return loomcastMail;
  return {
    productName: branding.productName,
    senderName: branding.emailSenderName,
    footer: branding.emailFooter,
    primary: branding.colors.primary,
    primaryForeground: branding.colors.primaryForeground,
  };
}

/** The mail brand for mail sent on a workspace's behalf (invitations, mentions, welcome). */
export async function mailBrandForWorkspace(workspaceId: string, db?: Db): Promise<MailBrand> {
  return mailBrandOf(await brandingForWorkspace(workspaceId, db));
}
