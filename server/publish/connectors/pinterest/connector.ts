import "server-only";

/**
 * Pinterest API v5: a post is a Pin on the channel's board with a title, a description, an image
 * Pinterest fetches from its URL (two to five images make a carousel Pin) and a link back to the
 * post. Pinterest has no idempotency key: findExisting matches title and description among the
 * account's latest Pins.
 */
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import { ConnectorError } from "../errors";
import type { Connector, ConnectorContext, Delivery, Metrics, Problem, PublishContent } from "../types";
import { mediaProblems, singlePostProblems } from "../meta/channel";
import { sameText, withQuery } from "../meta/graph";
import { pinPermalink, pinterestApi, pinterestCall, tokenOf } from "./api";
import { pinterestOAuth, refreshPinterestToken } from "./oauth";
import { verifyWithProfile } from "../verify";

const maxTitle = 100;
const maxAlt = 500;
const maxImages = 5;

const titleOf = (content: PublishContent) => content.title.trim();
const descriptionOf = (content: PublishContent) => content.parts[0] ?? "";

function validate(content: PublishContent): Problem[] {
  const problems = singlePostProblems(content, "Pinterest");
  const max = platformRules.pinterest.maxChars;
  const length = countCharacters("pinterest", descriptionOf(content));
  if (length > max) problems.push({ code: "too_long", message: `The Pin description is ${length} characters; Pinterest allows ${max}.`, part: 1 });
  const title = titleOf(content);
  if (title.length > maxTitle) problems.push({ code: "title_too_long", message: `The Pin title is ${title.length} characters; Pinterest allows ${maxTitle}. Shorten the content's title.` });
  if (content.media.length === 0) problems.push({ code: "image_required", message: "Pinterest Pins need an image. Add an image to publish here." });
  if (content.media.length > maxImages) problems.push({ code: "too_many_images", message: `The Pin has ${content.media.length} images; a carousel Pin takes at most ${maxImages}.` });
  content.media.forEach((item, index) => {
    if (item.alt.length > maxAlt) problems.push({ code: "alt_too_long", message: `The alt text of image ${index + 1} is ${item.alt.length} characters; Pinterest allows ${maxAlt}.` });
  });
  return [...problems, ...mediaProblems(content.media)];
}

function boardOf(ctx: ConnectorContext): string {
  const boardId = ctx.channel.credentials.extra?.boardId;
  if (!boardId) throw new ConnectorError("auth", "The Pinterest channel has no board chosen. Reconnect the channel to pick one.");
  return boardId;
}

function mediaSource(content: PublishContent) {
  if (content.media.length === 1) return { source_type: "image_url", url: content.media[0]!.url };
  return { source_type: "multiple_image_urls", items: content.media.map((m) => ({ url: m.url, title: titleOf(content) || undefined, link: content.link })) };
}

async function publish(ctx: ConnectorContext, content: PublishContent): Promise<Delivery> {
  if (content.media.length === 0) throw new ConnectorError("rejected", "Pinterest Pins need an image.");
  const pin = {
    board_id: boardOf(ctx),
    title: titleOf(content) || undefined,
    description: descriptionOf(content),
    link: content.link,
    alt_text: content.media[0]!.alt || undefined,
    media_source: mediaSource(content),
  };
  const body = await pinterestCall<{ id?: string }>(ctx, `${pinterestApi(ctx.endpoints)}/pins`, { method: "POST", json: pin, token: tokenOf(ctx), subject: "the Pin" });
  if (!body.id) throw new ConnectorError("unknown", "Pinterest accepted the Pin but did not return its id.");
  return { externalId: body.id, permalink: pinPermalink(body.id), partIds: [body.id] };
}

type Pin = { id: string; title?: string | null; description?: string | null; created_at?: string; board_id?: string };

/** Pinterest's created_at has no zone ("2025-03-01T18:10:00") and is UTC. */
function createdAt(value: string | undefined): number | null {
  if (!value) return null;
  const at = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(at) ? null : at;
}

async function findExisting(ctx: ConnectorContext, content: PublishContent, _key: string, since: Date): Promise<Delivery | null> {
  const body = await pinterestCall<{ items?: Pin[] }>(ctx, withQuery(`${pinterestApi(ctx.endpoints)}/pins`, { page_size: 25 }), { token: tokenOf(ctx) });
  const after = since.getTime() - 60_000;
  const found = (body.items ?? []).find(
    (pin) => sameText(pin.title, titleOf(content)) && sameText(pin.description, descriptionOf(content)) && (createdAt(pin.created_at) ?? after) >= after,
  );
  return found ? { externalId: found.id, permalink: pinPermalink(found.id), partIds: [found.id] } : null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

async function fetchMetrics(ctx: ConnectorContext, delivery: Delivery): Promise<Metrics> {
  const end = new Date();
  // Pinterest serves at most 90 days of Pin analytics.
  const start = new Date(end.getTime() - 89 * 86_400_000);
  const url = withQuery(`${pinterestApi(ctx.endpoints)}/pins/${encodeURIComponent(delivery.externalId)}/analytics`, {
    start_date: day(start),
    end_date: day(end),
    metric_types: "IMPRESSION,SAVE,PIN_CLICK,OUTBOUND_CLICK",
  });
  const body = await pinterestCall<{ all?: { summary_metrics?: Record<string, number> } }>(ctx, url, { token: tokenOf(ctx) });
  const summary = body.all?.summary_metrics ?? {};
  const clicks = (summary.PIN_CLICK ?? 0) + (summary.OUTBOUND_CLICK ?? 0);
  return {
    impressions: summary.IMPRESSION,
    saves: summary.SAVE,
    // Opens of the Pin and clicks through to the link, together.
    clicks: summary.PIN_CLICK === undefined && summary.OUTBOUND_CLICK === undefined ? undefined : clicks,
  };
}

export const pinterestConnector: Connector = {
  kind: "pinterest",
  label: "Pinterest",
  auth: "oauth2",
  media: "required-image",
  threads: false,
  validate,
  publish: (ctx, content) => publish(ctx, content),
  findExisting,
  fetchMetrics,
  refresh: refreshPinterestToken,
  oauth: pinterestOAuth,
  verify: verifyWithProfile(pinterestOAuth),
};
