/**
 * Connector.verify, the pre-flight token check: one cheap authenticated read per platform against
 * the local fakes; a working token passes, a revoked one is ConnectorError("auth").
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blueskyConnector } from "@/server/publish/connectors/bluesky/connector";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { facebookConnector } from "@/server/publish/connectors/facebook/connector";
import { instagramConnector } from "@/server/publish/connectors/instagram/connector";
import { mastodonConnector } from "@/server/publish/connectors/mastodon/connector";
import { connectors } from "@/server/publish/connectors/registry";
import type { ChannelCredentials, ConnectorContext, Endpoints } from "@/server/publish/connectors/types";
import { xConnector } from "@/server/publish/connectors/x/connector";
import { startBlueskyFake, type BlueskyFake } from "../fakes/bluesky-server";
import { startMastodonFake } from "../fakes/mastodon-server";
import { startMetaFake, type MetaFake } from "../fakes/meta-server";
import { startXFake, type XFake } from "../fakes/x-server";

let x: XFake;
let meta: MetaFake;
let bsky: BlueskyFake;
let masto: Awaited<ReturnType<typeof startMastodonFake>>;
beforeAll(async () => {
  [x, meta, bsky, masto] = await Promise.all([startXFake(), startMetaFake(), startBlueskyFake(), startMastodonFake()]);
});
afterAll(() => Promise.all([x.server.close(), meta.close(), bsky.server.close(), masto.server.close()]));

function ctx(kind: ConnectorContext["channel"]["kind"], endpoints: Endpoints, externalAccountId: string, credentials: ChannelCredentials, serviceUrl: string | null = null): ConnectorContext {
  return { http: fetch, endpoints, channel: { id: crypto.randomUUID(), kind, externalAccountId, handle: null, serviceUrl, credentials } };
}
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe("Connector.verify", () => {
  it("every platform with an account token has one; the blog and webhooks have nothing to ask", () => {
    const withVerify = Object.values(connectors).filter((c) => c.verify).map((c) => c.kind).sort();
    expect(withVerify).toEqual(["bluesky", "facebook", "instagram", "linkedin", "mastodon", "pinterest", "threads", "x"]);
  });

  it("X: /2/users/me with the access token", async () => {
    await expect(xConnector.verify!(ctx("x", x.endpoints, x.user.id, { accessToken: x.issueTokens().access }))).resolves.toBeUndefined();
    const error = await refusal(xConnector.verify!(ctx("x", x.endpoints, x.user.id, { accessToken: "revoked-token" })));
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).kind).toBe("auth");
  });

  it("Facebook and Instagram: the Page and the IG account with the page token, refused once revoked", async () => {
    const page = ctx("facebook", meta.endpoints, meta.page.id, { accessToken: meta.page.token });
    const ig = ctx("instagram", meta.endpoints, meta.ig.id, { accessToken: meta.page.token });
    await expect(facebookConnector.verify!(page)).resolves.toBeUndefined();
    await expect(instagramConnector.verify!(ig)).resolves.toBeUndefined();
    const fake = await startMetaFake();
    fake.revokeAll();
    try {
      for (const [connector, id] of [[facebookConnector, fake.page.id], [instagramConnector, fake.ig.id]] as const) {
        const error = await refusal(connector.verify!(ctx(connector.kind, fake.endpoints, id, { accessToken: fake.page.token })));
        expect((error as ConnectorError).kind).toBe("auth");
      }
    } finally {
      await fake.close();
    }
  });

  it("Mastodon: verify_credentials on the channel's instance", async () => {
    const token = masto.issueToken();
    await expect(mastodonConnector.verify!(ctx("mastodon", {}, masto.account.id, { accessToken: token }, masto.instanceUrl))).resolves.toBeUndefined();
    masto.revoke(token);
    expect(((await refusal(mastodonConnector.verify!(ctx("mastodon", {}, masto.account.id, { accessToken: token }, masto.instanceUrl)))) as ConnectorError).kind).toBe("auth");
  });

  it("Bluesky: the profile with the session, renewed from the app password when refused; a revoked app password is auth", async () => {
    const base = { identifier: bsky.account.handle, appPassword: bsky.account.appPassword };
    const renewed = ctx("bluesky", bsky.endpoints, bsky.account.did, { ...base, accessToken: "stale", refreshToken: "stale" }, bsky.serviceUrl);
    await expect(blueskyConnector.verify!(renewed)).resolves.toBeUndefined();
    expect(renewed.channel.credentials.accessToken).not.toBe("stale");
    const revoked = ctx("bluesky", bsky.endpoints, bsky.account.did, { ...base, appPassword: "wrong-pass-word-here", accessToken: "stale" }, bsky.serviceUrl);
    expect(((await refusal(blueskyConnector.verify!(revoked))) as ConnectorError).kind).toBe("auth");
  });
});
