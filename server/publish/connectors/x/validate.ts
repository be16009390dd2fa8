import "server-only";

/** What X accepts: 280 weighted characters per post, threads as reply chains, up to 4 images. */
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import type { Problem, PublishContent } from "../types";

export const xMaxImages = 4;
export const xMaxAltText = 1000;

export function validateX(content: PublishContent): Problem[] {
  const problems: Problem[] = [];
  const max = platformRules.x.maxChars;
  const total = content.parts.length;
  if (total === 0) return [{ code: "empty", message: "There is nothing to post to X." }];
  content.parts.forEach((text, i) => {
    const name = total > 1 ? `Post ${i + 1} of ${total}` : "The post";
    if (!text.trim()) {
      problems.push({ code: "empty", message: `${name} is empty.`, part: i });
      return;
    }
    const length = countCharacters("x", text);
    if (length > max) problems.push({ code: "too_long", message: `${name} is ${length} characters; X allows ${max}.`, part: i });
  });
  if (content.media.length > xMaxImages) problems.push({ code: "media_count", message: `X takes up to ${xMaxImages} images per post; this has ${content.media.length}.` });
  content.media.forEach((item, i) => {
    if (!/^https?:\/\//i.test(item.url)) problems.push({ code: "media_url", message: `Image ${i + 1} has no downloadable address.` });
    if (item.alt.length > xMaxAltText) problems.push({ code: "alt_too_long", message: `The description of image ${i + 1} is ${item.alt.length} characters; X allows ${xMaxAltText}.` });
  });
  return problems;
}
