import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { pinterestConnector } from "@/server/publish/connectors/pinterest/connector";
import type { ConnectorContext, MediaItem, PublishContent } from "@/server/publish/connectors/types";
import { pinterestError, pinterestRateLimited, startPinterestFake, type PinterestFake } from "../fakes/pinterest-server";

let fake: PinterestFake;
let n = 0;

beforeAll(async () => {
  fake = await startPinterestFake();
});
afterAll(() => fake.close());

const ctx = (tokens = fake.issueTokens(), boardId: string | undefined = fake.boards[0]!.id): ConnectorContext => ({
  http: fetch,
  endpoints: fake.endpoints,
  channel: {
    id: "ch-pin",
    kind: "pinterest",
    externalAccountId: fake.account.id,
    handle: fake.account.username,
    serviceUrl: null,
    credentials: { accessToken: tokens.access, refreshToken: tokens.refresh, extra: boardId ? { boardId } : {} },
  },
});
const image = (name: string, alt = ""): MediaItem => ({ url: `https://img.test/${name}.jpg`, alt });
const unique = (text: string) => `${text} ${++n}-${randomBytes(3).toString("hex")}`;
const content = (description: string, extra: Partial<PublishContent> = {}): PublishContent => ({
  contentItemId: "ci",
  title: "Weaving basics",
  body: description,
  parts: [description],
  tags: [],
  media: [image("cover", "A loom")],
  link: "https://blog.test/weaving",
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe("Pinterest connector", () => {
  it("requires an image and refuses threads, long titles and descriptions, six images", () => {
    expect(pinterestConnector.validate(content("No image", { media: [] }))[0]!.message).toBe("Pinterest Pins need an image. Add an image to publish here.");
    expect(pinterestConnector.validate(content("a", { parts: ["a", "b"] })).map((p) => p.code)).toEqual(["thread"]);
    expect(pinterestConnector.validate(content("d".repeat(501)))[0]!.message).toBe("The Pin description is 501 characters; Pinterest allows 500.");
    expect(pinterestConnector.validate(content("ok", { title: "t".repeat(101) }))[0]!.message).toBe("The Pin title is 101 characters; Pinterest allows 100. Shorten the content's title.");
    expect(pinterestConnector.validate(content("ok", { media: Array.from({ length: 6 }, (_, i) => image(String(i))) })).map((p) => p.code)).toEqual(["too_many_images"]);
    expect(pinterestConnector.validate(content("A fine pin"))).toEqual([]);
  });

  it("creates a Pin on the channel's board from the image URL, with title, link and alt text", async () => {
    const c = ctx();
    const description = unique("How to warp a loom");
    const delivery = await pinterestConnector.publish(c, content(description), "k");
    const pin = fake.pins.find((p) => p.id === delivery.externalId)!;
    expect(pin).toMatchObject({ boardId: fake.boards[0]!.id, title: "Weaving basics", description, link: "https://blog.test/weaving", altText: "A loom", imageUrls: ["https://img.test/cover.jpg"] });
    expect(delivery).toEqual({ externalId: pin.id, permalink: `https://www.pinterest.com/pin/${pin.id}/`, partIds: [pin.id] });
    const call = fake.server.requests.findLast((r) => r.method === "POST" && r.path === "/v5/pins")!;
    expect(call.headers.authorization).toBe(`Bearer ${c.channel.credentials.accessToken}`);
    expect(call.json).toMatchObject({ media_source: { source_type: "image_url", url: "https://img.test/cover.jpg" } });
  });

  it("makes a carousel Pin from several images", async () => {
    const delivery = await pinterestConnector.publish(ctx(), content(unique("Three steps"), { media: [image("1"), image("2"), image("3")] }), "k");
    expect(fake.pins.find((p) => p.id === delivery.externalId)!.imageUrls).toEqual(["https://img.test/1.jpg", "https://img.test/2.jpg", "https://img.test/3.jpg"]);
  });

  it("maps 401 → auth, 429 → rate_limited with Retry-After, 400/404 → rejected, 5xx → transient", async () => {
    const revoked = await failure(pinterestConnector.publish(ctx({ access: "pina_revoked", refresh: "x" }), content(unique("x")), "k"));
    expect([revoked.kind, revoked.message]).toEqual(["auth", "Pinterest no longer accepts this connection (Authentication failed.). Reconnect the channel."]);

    fake.server.failNext({ method: "POST", path: /\/pins$/ }, pinterestRateLimited(45));
    const limited = await failure(pinterestConnector.publish(ctx(), content(unique("x")), "k"));
    expect([limited.kind, limited.retryAfterMs, limited.platformCode]).toEqual(["rate_limited", 45_000, "8"]);

    const noBoard = await failure(pinterestConnector.publish(ctx(undefined, "999"), content(unique("x")), "k"));
    expect([noBoard.kind, noBoard.message]).toEqual(["rejected", "Pinterest refused the Pin: Board not found."]);

    fake.server.failNext({ method: "POST", path: /\/pins$/ }, pinterestError(503, 9, "Service unavailable"));
    expect((await failure(pinterestConnector.publish(ctx(), content(unique("x")), "k"))).kind).toBe("transient");

    const unchosen = await failure(pinterestConnector.publish(ctx(undefined, ""), content(unique("x")), "k"));
    expect(unchosen.kind).toBe("auth");
  });

  it("findExisting matches title and description among the latest Pins, and returns null otherwise", async () => {
    const since = new Date(Date.now() - 5_000);
    const description = unique("Find the pin");
    const delivery = await pinterestConnector.publish(ctx(), content(description), "k");
    expect(await pinterestConnector.findExisting(ctx(), content(description), "k", since)).toEqual(delivery);
    expect(await pinterestConnector.findExisting(ctx(), content(description, { title: "Another title" }), "k", since)).toBeNull();
    expect(await pinterestConnector.findExisting(ctx(), content(description), "k", new Date(Date.now() + 120_000))).toBeNull();
  });

  it("reads Pin analytics for the last 90 days", async () => {
    const delivery = await pinterestConnector.publish(ctx(), content(unique("Measured pin")), "k");
    fake.analytics[delivery.externalId] = { IMPRESSION: 1200, SAVE: 30, PIN_CLICK: 40, OUTBOUND_CLICK: 12 };
    expect(await pinterestConnector.fetchMetrics(ctx(), delivery)).toEqual({ impressions: 1200, saves: 30, clicks: 52 });
    const q = fake.server.requests.at(-1)!.query;
    expect(q.get("metric_types")).toBe("IMPRESSION,SAVE,PIN_CLICK,OUTBOUND_CLICK");
    expect((Date.parse(q.get("end_date")!) - Date.parse(q.get("start_date")!)) / 86_400_000).toBe(89);
  });

  it("connects: Basic-auth code exchange, the account and its first board; refresh keeps the refresh token; a revoked one → auth", async () => {
    const oauth = pinterestConnector.oauth!;
    const url = new URL(oauth.authorizeUrl({ clientId: fake.client.id, redirectUri: "https://app.test/callback", state: "s9", endpoints: fake.endpoints }));
    expect(url.searchParams.get("scope")).toBe("boards:read,pins:read,pins:write,user_accounts:read");
    expect(url.searchParams.get("response_type")).toBe("code");
    const tokens = await oauth.exchange({ code: "pin-code", redirectUri: "https://app.test/callback", clientId: fake.client.id, clientSecret: fake.client.secret, http: fetch, endpoints: fake.endpoints });
    expect(tokens).toMatchObject({ accessToken: expect.stringMatching(/^pina_/), refreshToken: expect.stringMatching(/^pinr_/) });
    expect(tokens.expiresAt! - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const { profile, credentials } = await oauth.profile({ tokens, http: fetch, endpoints: fake.endpoints });
    expect(profile).toEqual({ externalAccountId: fake.account.id, name: "Loomcast Pins", handle: fake.account.username, avatarUrl: "https://i.pinimg.com/75x75/a.jpg" });
    expect(credentials).toEqual({ extra: { boardId: fake.boards[0]!.id, boardName: fake.boards[0]!.name } });

    const client = { clientId: fake.client.id, clientSecret: fake.client.secret };
    const channel = ctx({ access: tokens.accessToken, refresh: tokens.refreshToken! });
    const refreshed = await pinterestConnector.refresh!(channel, client);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);
    const badClient = await failure(pinterestConnector.refresh!(channel, { ...client, clientSecret: "wrong" }));
    expect(badClient.kind).toBe("auth");
    fake.revokeAll();
    const revoked = await failure(pinterestConnector.refresh!(channel, client));
    expect([revoked.kind, revoked.message]).toEqual(["auth", expect.stringContaining("Reconnect the channel")]);
  });
});
