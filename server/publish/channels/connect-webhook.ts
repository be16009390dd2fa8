import "server-only";

/**
 * Connects a webhook: a public URL and a new signing secret, returned once (the member copies
 * it into the receiver). The URL is the account id, so adding the same URL again is a reconnect
 * that rotates the secret.
 */
import { transaction } from "@/server/db/transaction";
import { newSigningSecret } from "@/server/publish/connectors/webhook/signature";
import { assertPublicUrl } from "@/server/security/outbound-url";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ChannelView } from "./channel-view";
import { saveConnectedChannel } from "./save-channel";
import type { ConnectWebhookInput } from "./schemas";

export async function connectWebhook(ctx: WorkspaceServiceContext, input: ConnectWebhookInput): Promise<{ channel: ChannelView; signingSecret: string }> {
  const url = await assertPublicUrl(input.url, { field: "url", what: "The webhook URL" });
  url.hash = "";
  const target = url.toString();
  const signingSecret = newSigningSecret();
  const saved = await transaction(({ tx }) =>
    saveConnectedChannel(tx, ctx.workspace, ctx.actor, {
      kind: "webhook",
      externalAccountId: target,
      name: input.name,
      handle: url.host,
      serviceUrl: target,
      credentials: { signingSecret },
    }),
  );
  return { channel: saved.channel, signingSecret };
}
