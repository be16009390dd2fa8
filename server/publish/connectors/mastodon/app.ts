import "server-only";

/**
 * Mastodon has no central OAuth app: Loomcast registers itself once per instance
 * (POST /api/v1/apps); the channels helper keeps the client in mastodon_apps.
 */
import { assertPublicUrl } from "@/server/security/outbound-url";
import { ConnectorError } from "../errors";
import { requestJson } from "../http";
import { instanceBase, plainMastodonError } from "./api";

export const mastodonScopes = ["read", "write:statuses", "write:media"];

export async function registerMastodonApp(input: { http: typeof fetch; instanceUrl: string; redirectUri: string; website?: string }): Promise<{ clientId: string; clientSecret: string }> {
  // The instance address is typed by a member: it must be a public http(s) host.
  await assertPublicUrl(input.instanceUrl, { field: "instanceUrl", what: "The Mastodon instance" });
  const base = instanceBase(input.instanceUrl);
  try {
    const res = await requestJson<{ client_id?: string; client_secret?: string }>({ http: input.http }, `${base}/api/v1/apps`, {
      method: "POST",
      json: { client_name: "Loomcast", redirect_uris: input.redirectUri, scopes: mastodonScopes.join(" "), ...(input.website ? { website: input.website } : {}) },
      label: "Mastodon",
    });
    const { client_id: clientId, client_secret: clientSecret } = res.body;
    if (!clientId || !clientSecret) throw new ConnectorError("rejected", `${base} did not answer like a Mastodon instance (no client id).`);
    return { clientId, clientSecret };
  } catch (error) {
    throw plainMastodonError(error);
  }
}
