import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { channels, oauthStates } from "@/server/db/schema/publish";
import { defaultChannelDeps, type ChannelDeps } from "@/server/publish/channels/deps";
import { completeOAuth, outcomeLocation } from "@/server/publish/channels/oauth/complete-oauth";
import { hashState } from "@/server/publish/channels/oauth/state";
import { startOAuth } from "@/server/publish/channels/oauth/start-oauth";
import { openCredentials } from "@/server/publish/channels/credentials";
import { workspaceServiceContext } from "@/server/workspaces/service-context";
import { createInnerContext } from "@/server/trpc/context";
import { createOwner, createUser } from "../../factories/users";
import { startMastodonFake, type MastodonFake } from "../fakes/mastodon-server";
import { channelAudit } from "./channel-factory";

/** The OAuth connect flow end to end against a local Mastodon instance (per-instance app, PKCE). */
let fake: MastodonFake;
let owner: Awaited<ReturnType<typeof createOwner>>;
let deps: ChannelDeps;

beforeAll(async () => {
  fake = await startMastodonFake();
  owner = await createOwner();
  deps = { ...defaultChannelDeps(), endpoints: fake.endpoints, appUrl: "http://app.test" };
});
afterAll(() => fake.server.close());

const serviceCtx = (o = owner) => workspaceServiceContext({ ...createInnerContext({ user: o.user }), user: o.user, workspace: o.workspace, role: "owner" });

/** Starts a connect, then plays the instance's consent screen: returns the state and a code. */
async function begin(o = owner) {
  const { url } = await startOAuth(serviceCtx(o), { kind: "mastodon", serviceUrl: fake.instanceUrl }, deps);
  const authorize = new URL(url);
  const state = authorize.searchParams.get("state")!;
  const code = fake.issueCode(authorize.searchParams.get("client_id")!, authorize.searchParams.get("code_challenge")!, authorize.searchParams.get("redirect_uri")!);
  return { authorize, state, code };
}
const callback = (userId: string | null, params: Record<string, string>) => completeOAuth({ userId, query: new URLSearchParams(params), actor: { ip: null } }, deps);

describe("OAuth connect (Mastodon)", () => {
  it("start → authorize URL with PKCE; only the state's hash is stored; callback saves the channel and redirects to it", async () => {
    const { authorize, state, code } = await begin();
    expect(authorize.origin).toBe(fake.instanceUrl);
    expect(authorize.searchParams.get("redirect_uri")).toBe("http://app.test/api/channels/oauth/callback");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    const [row] = await db.select().from(oauthStates).where(eq(oauthStates.stateHash, hashState(state)));
    expect(row).toMatchObject({ workspaceId: owner.workspace.id, userId: owner.user.id, kind: "mastodon", serviceUrl: fake.instanceUrl, usedAt: null });
    expect(JSON.stringify(row)).not.toContain(state);
    expect(row!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);

    const outcome = await callback(owner.user.id, { state, code });
    expect(outcome.error).toBeNull();
    expect(outcomeLocation(outcome)).toBe(`/${owner.workspace.slug}/channels?connected=${outcome.channelId}`);
    const [channel] = await db.select().from(channels).where(eq(channels.id, outcome.channelId!));
    expect(channel).toMatchObject({ workspaceId: owner.workspace.id, kind: "mastodon", externalAccountId: fake.account.id, serviceUrl: fake.instanceUrl, status: "active" });
    const token = openCredentials(channel!.id, channel!.credentialsSealed).accessToken!;
    expect(token).toMatch(/^masto-token-/);
    expect(channel!.credentialsSealed).not.toContain(token);
    expect(await channelAudit(owner.workspace.id, "channel.connected")).toHaveLength(1);
  });

  it("connecting the same account again is a reconnect: same row, new token, active again", async () => {
    const [before] = await db.select().from(channels).where(eq(channels.workspaceId, owner.workspace.id)).then((rows) => rows.filter((r) => r.kind === "mastodon"));
    await db.update(channels).set({ status: "needs_reconnect", statusReason: "Token revoked" }).where(eq(channels.id, before!.id));
    const { state, code } = await begin();
    const outcome = await callback(owner.user.id, { state, code });
    expect(outcome.channelId).toBe(before!.id);
    const [after] = await db.select().from(channels).where(eq(channels.id, before!.id));
    expect(after).toMatchObject({ status: "active", statusReason: null });
    expect(openCredentials(after!.id, after!.credentialsSealed).accessToken).not.toBe(openCredentials(before!.id, before!.credentialsSealed).accessToken);
    expect(await channelAudit(owner.workspace.id, "channel.reconnected")).toHaveLength(1);
  });

  it("refuses an unknown state", async () => {
    const outcome = await callback(owner.user.id, { state: "made-up", code: "x" });
    expect(outcome).toMatchObject({ channelId: null, error: expect.stringContaining("not valid") });
  });

  it("refuses a reused state", async () => {
    const { state, code } = await begin();
    await callback(owner.user.id, { state, code });
    const again = await callback(owner.user.id, { state, code });
    expect(again).toMatchObject({ workspaceSlug: owner.workspace.slug, channelId: null, error: expect.stringContaining("already used") });
  });

  it("refuses an expired state", async () => {
    const { state, code } = await begin();
    await db.update(oauthStates).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(oauthStates.stateHash, hashState(state)));
    expect((await callback(owner.user.id, { state, code })).error).toContain("expired");
  });

  it("refuses another user's state (and does not reveal the workspace); the owner can still use it", async () => {
    const { state, code } = await begin();
    const stranger = await createUser();
    const outcome = await callback(stranger.id, { state, code });
    expect(outcome).toMatchObject({ workspaceSlug: null, channelId: null, error: expect.stringContaining("someone else") });
    expect((await callback(null, { state, code })).error).toContain("Sign in");
    expect((await callback(owner.user.id, { state, code })).error).toBeNull();
  });

  it("the member cancelling on the platform (error=access_denied) → a plain message, state used up", async () => {
    const { state } = await begin();
    const outcome = await callback(owner.user.id, { state, error: "access_denied", error_description: "The resource owner denied the request" });
    expect(outcome.error).toBe("Mastodon was not connected: you cancelled on Mastodon.");
    expect(outcomeLocation(outcome)).toBe(`/${owner.workspace.slug}/channels?error=${encodeURIComponent(outcome.error!).replace(/%20/g, "+")}`);
  });

  it("a code the platform refuses → a plain error, no channel, no exception", async () => {
    const { state } = await begin();
    const count = (await db.select().from(channels).where(eq(channels.workspaceId, owner.workspace.id))).length;
    const outcome = await callback(owner.user.id, { state, code: "forged-code" });
    expect(outcome.error).toMatch(/^Mastodon did not complete the connection/);
    expect((await db.select().from(channels).where(eq(channels.workspaceId, owner.workspace.id))).length).toBe(count);
  });

  it("registers Loomcast once per instance and keeps the client secret sealed", async () => {
    expect(fake.apps.size).toBe(1);
    const { mastodonApps } = await import("@/server/db/schema/publish");
    const [app] = await db.select().from(mastodonApps).where(eq(mastodonApps.instanceUrl, fake.instanceUrl));
    expect(app!.clientSecretSealed).not.toContain([...fake.apps.values()][0]!.secret);
  });
});
