import { auth } from "@/server/auth/config";
import { withApiErrors } from "@/server/http/with-api-errors";
import { oauthCallbackHandler } from "@/server/publish/channels/oauth/callback-handler";

/** Platforms send the browser here after a member approves (or cancels) connecting a channel. */
export const GET = withApiErrors(
  "channel oauth callback",
  oauthCallbackHandler(async () => (await auth())?.user?.id ?? null),
);
