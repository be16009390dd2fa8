import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { instagramConnector } from "@/server/publish/connectors/instagram/connector";
import type { ConnectorContext, MediaItem, PublishContent } from "@/server/publish/connectors/types";
import { graphError, startMetaFake, type MetaFake } from "../fakes/meta-server";

let fake: MetaFake;
let n = 0;

beforeAll(async () => {
  fake = await startMetaFake();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.state.quota.usage = 0;
  fake.state.containerStatuses = [];
});

const ctx = (accessToken = fake.page.token): ConnectorContext => ({
  http: fetch,
  endpoints: fake.endpoints,
  channel: { id: "ch-ig", kind: "instagram", externalAccountId: fake.ig.id, handle: fake.ig.username, serviceUrl: null, credentials: { accessToken } },
});
const image = (name: string, alt = ""): MediaItem => ({ url: `https://img.test/${name}.jpg`, alt });
const content = (caption: string, media: MediaItem[] = [image("a")], parts = [caption]): PublishContent => ({ contentItemId: "ci", title: "T", body: caption, parts, tags: [], media });
const unique = (text: string) => `${text} ${++n}-${randomBytes(3).toString("hex")}`;
const posted = (path: RegExp) => fake.server.requests.filter((r) => r.method === "POST" && path.test(r.path)).map((r) => Object.fromEntries(new URLSearchParams(r.body)));

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

describe("Instagram connector", () => {
  it("requires an image, and refuses threads, long captions, more than 30 hashtags, 11 images and non-JPEG files", () => {
    expect(instagramConnector.validate(content("No picture", []))[0]!.message).toBe("Instagram posts need at least one image. Add an image to publish here.");
    expect(instagramConnector.validate(content("a", [image("a")], ["a", "b"])).map((p) => p.code)).toEqual(["thread"]);
    expect(instagramConnector.validate(content("a".repeat(2201)))[0]!.message).toBe("The Instagram caption is 2201 characters; Instagram allows 2200.");
    const tags = Array.from({ length: 31 }, (_, i) => `#tag${i}`).join(" ");
    expect(instagramConnector.validate(content(tags))[0]!.message).toBe("The Instagram caption has 31 hashtags; Instagram allows 30.");
    expect(instagramConnector.validate(content("ok", Array.from({ length: 11 }, (_, i) => image(String(i))))).map((p) => p.code)).toEqual(["too_many_images"]);
    expect(instagramConnector.validate(content("ok", [{ url: "https://img.test/a.png", alt: "", mimeType: "image/png" }]))[0]!.message).toBe("Image 1 is image/png; Instagram publishes JPEG images only.");
    expect(instagramConnector.validate(content("Fine #one #two"))).toEqual([]);
  });

  it("publishes one image: container with caption and alt text, waits for FINISHED, then media_publish", async () => {
    fake.state.containerStatuses = ["IN_PROGRESS"];
    const caption = unique("Morning light");
    const delivery = await instagramConnector.publish(ctx(), content(caption, [image("light", "Sun on the loom")]), "k");
    const item = fake.media.find((m) => m.id === delivery.externalId)!;
    expect(item).toMatchObject({ caption, imageUrls: ["https://img.test/light.jpg"] });
    expect(delivery).toEqual({ externalId: item.id, permalink: item.permalink, partIds: [item.id] });
    expect(posted(/\/media$/).at(-1)).toEqual({ image_url: "https://img.test/light.jpg", caption, alt_text: "Sun on the loom" });
    const statusChecks = fake.server.requests.filter((r) => r.query.get("fields") === "status_code,status");
    expect(statusChecks.length).toBeGreaterThanOrEqual(2);
    expect(fake.server.requests.find((r) => r.path.endsWith("/media_publish"))!.headers.authorization).toBe(`Bearer ${fake.page.token}`);
  });

  it("publishes several images as a carousel of is_carousel_item children", async () => {
    const caption = unique("Three looms");
    const delivery = await instagramConnector.publish(ctx(), content(caption, [image("1"), image("2"), image("3")]), "k");
    expect(fake.media.find((m) => m.id === delivery.externalId)!.imageUrls).toEqual(["https://img.test/1.jpg", "https://img.test/2.jpg", "https://img.test/3.jpg"]);
    const calls = posted(/\/media$/).slice(-4);
    expect(calls.slice(0, 3).every((c) => c.is_carousel_item === "true" && !c.caption)).toBe(true);
    expect(calls[3]).toMatchObject({ media_type: "CAROUSEL", caption });
    expect(calls[3]!.children!.split(",")).toHaveLength(3);
  });

  it("a container that ends in ERROR is rejected and nothing is published", async () => {
    fake.state.containerStatuses = ["ERROR"];
    const caption = unique("Broken image");
    const error = await failure(instagramConnector.publish(ctx(), content(caption), "k"));
    expect(error.kind).toBe("rejected");
    expect(error.message).toContain("could not process the media");
    expect(fake.media.some((m) => m.caption === caption)).toBe(false);
  });

  it("stops before creating anything when the daily publishing quota is used up", async () => {
    fake.state.quota.usage = fake.state.quota.total;
    const before = fake.server.requests.length;
    const error = await failure(instagramConnector.publish(ctx(), content(unique("Over quota")), "k"));
    expect([error.kind, error.retryAfterMs]).toEqual(["rate_limited", 3_600_000]);
    expect(fake.server.requests.slice(before).map((r) => r.method)).toEqual(["GET"]);
  });

  it("maps Graph errors: 190 → auth, 2207042 → rate_limited, 9004 → rejected, code 2 → transient", async () => {
    expect((await failure(instagramConnector.publish(ctx("EAA-bad"), content(unique("x")), "k"))).kind).toBe("auth");

    fake.server.failNext({ method: "POST", path: /\/media_publish$/ }, graphError(400, 9, "Application request limit reached", { error_subcode: 2207042 }));
    const limited = await failure(instagramConnector.publish(ctx(), content(unique("x")), "k"));
    expect([limited.kind, limited.retryAfterMs]).toEqual(["rate_limited", 10 * 60_000]);

    const png = await failure(instagramConnector.publish(ctx(), content(unique("x"), [{ url: "https://img.test/a.png", alt: "" }]), "k"));
    expect([png.kind, png.message]).toEqual(["rejected", "Instagram refused the post: Only photo or video can be accepted as media type."]);

    fake.server.failNext({ method: "POST", path: /\/media$/ }, graphError(500, 2, "Service temporarily unavailable"));
    expect((await failure(instagramConnector.publish(ctx(), content(unique("x")), "k"))).kind).toBe("transient");
  });

  it("findExisting matches the caption of media published since the attempt", async () => {
    const since = new Date(Date.now() - 5_000);
    const caption = unique("Find this one");
    const delivery = await instagramConnector.publish(ctx(), content(caption), "k");
    expect(await instagramConnector.findExisting(ctx(), content(caption), "k", since)).toEqual(delivery);
    expect(await instagramConnector.findExisting(ctx(), content(unique("Not this")), "k", since)).toBeNull();
  });

  it("reads media insights, and falls back to like and comment counts when insights are refused", async () => {
    const delivery = await instagramConnector.publish(ctx(), content(unique("Measured")), "k");
    fake.insights[delivery.externalId] = { likes: 40, comments: 4, shares: 3, saved: 6, reach: 500, views: 800 };
    expect(await instagramConnector.fetchMetrics(ctx(), delivery)).toEqual({ likes: 40, comments: 4, shares: 3, saves: 6, views: 800, impressions: 500 });
    expect(fake.server.requests.at(-1)!.query.get("metric")).toBe("likes,comments,shares,saved,reach,views");
    fake.server.failNext({ method: "GET", path: /\/insights$/ }, graphError(400, 100, "(#100) Insights not available for this media"));
    expect(await instagramConnector.fetchMetrics(ctx(), delivery)).toEqual({ likes: 40, comments: 4 });
  });

  it("connects the Instagram account linked to the member's Page, keeping the page token", async () => {
    const oauth = instagramConnector.oauth!;
    const url = new URL(oauth.authorizeUrl({ clientId: fake.app.id, redirectUri: "https://app.test/callback", state: "s", endpoints: fake.endpoints }));
    expect(url.searchParams.get("scope")).toBe("instagram_basic,instagram_content_publish,pages_show_list,pages_read_engagement");
    const tokens = await oauth.exchange({ code: "meta-code", redirectUri: "https://app.test/callback", clientId: fake.app.id, clientSecret: fake.app.secret, http: fetch, endpoints: fake.endpoints });
    const { profile, credentials } = await oauth.profile({ tokens, http: fetch, endpoints: fake.endpoints });
    expect(profile).toEqual({ externalAccountId: fake.ig.id, name: fake.ig.username, handle: fake.ig.username, avatarUrl: "https://scontent.test/ig.jpg" });
    expect(credentials).toMatchObject({ accessToken: fake.page.token, extra: { pageId: fake.page.id } });

    fake.state.linkInstagram = false;
    try {
      const error = await failure(oauth.profile({ tokens, http: fetch, endpoints: fake.endpoints }));
      expect(error.message).toContain("No Instagram professional account is linked");
    } finally {
      fake.state.linkInstagram = true;
    }
  });
});
