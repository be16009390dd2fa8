import "server-only";

/**
 * Bluesky (AT Protocol) through the account's PDS with an app password: sessions (session.ts),
 * posts and threads with facets and images (post.ts, media.ts), metrics (metrics.ts).
 */
import { countWith } from "@/lib/ai/platforms/count-characters";
import type { Connector, Problem, PublishContent } from "../types";
import { maxImages } from "./media";
import { fetchPostMetrics } from "./metrics";
import { findPost, publishPost } from "./post";
import { renewSession, tokenSetOf } from "./session";
import { verifyBlueskySession } from "../verify";

const maxGraphemes = 300;
const maxBytes = 3000;

function validate(content: PublishContent): Problem[] {
  const problems: Problem[] = [];
  const total = content.parts.length;
  if (total === 0 || content.parts.every((p) => !p.trim())) return [{ code: "empty", message: "There is no Bluesky post to publish." }];
  content.parts.forEach((text, i) => {
    const label = total > 1 ? `Post ${i + 1} of ${total}` : "The post";
    if (!text.trim()) problems.push({ code: "empty_part", message: `${label} is empty.`, part: i });
    const length = countWith("graphemes", text);
    if (length > maxGraphemes) problems.push({ code: "too_long", message: `${label} is ${length} characters; Bluesky allows ${maxGraphemes}.`, part: i });
    else if (Buffer.byteLength(text, "utf8") > maxBytes) problems.push({ code: "too_long", message: `${label} is longer than Bluesky's ${maxBytes} bytes.`, part: i });
  });
  if (content.media.length > maxImages) problems.push({ code: "too_many_images", message: `There are ${content.media.length} images; Bluesky allows ${maxImages} per post.` });
  return problems;
}

export const blueskyConnector: Connector = {
  kind: "bluesky",
  label: "Bluesky",
  auth: "app_password",
  media: "image",
  threads: true,
  validate,
  publish: publishPost,
  findExisting: findPost,
  fetchMetrics: fetchPostMetrics,
  refresh: async (ctx) => tokenSetOf(await renewSession(ctx)),
  verify: verifyBlueskySession,
};
