import "server-only";

/** What LinkedIn accepts: one post (no threads) of up to 3,000 characters, up to 20 images. */
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import type { Problem, PublishContent } from "../types";

export const linkedinMaxImages = 20;
export const linkedinMaxAltText = 4086;

export function validateLinkedIn(content: PublishContent): Problem[] {
  const problems: Problem[] = [];
  const max = platformRules.linkedin.maxChars;
  if (content.parts.length === 0) return [{ code: "empty", message: "There is nothing to post to LinkedIn." }];
  if (content.parts.length > 1) problems.push({ code: "thread", message: `LinkedIn has no threads: this has ${content.parts.length} posts; merge them into one.` });
  const text = content.parts[0]!;
  if (!text.trim()) problems.push({ code: "empty", message: "The post is empty.", part: 0 });
  const length = countCharacters("linkedin", text);
  if (length > max) problems.push({ code: "too_long", message: `The post is ${length} characters; LinkedIn allows ${max}.`, part: 0 });
  if (content.media.length > linkedinMaxImages) problems.push({ code: "media_count", message: `LinkedIn takes up to ${linkedinMaxImages} images per post; this has ${content.media.length}.` });
  content.media.forEach((item, i) => {
    if (!/^https?:\/\//i.test(item.url)) problems.push({ code: "media_url", message: `Image ${i + 1} has no downloadable address.` });
    if (item.alt.length > linkedinMaxAltText) problems.push({ code: "alt_too_long", message: `The description of image ${i + 1} is ${item.alt.length} characters; LinkedIn allows ${linkedinMaxAltText}.` });
  });
  return problems;
}
