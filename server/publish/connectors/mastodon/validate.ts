import "server-only";

/** What a Mastodon instance accepts by default: 500 characters (links count 23), 4 attachments. */
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import type { Problem, PublishContent } from "../types";

export const mastodonMaxMedia = 4;
export const mastodonMaxAltText = 1500;

export function validateMastodon(content: PublishContent): Problem[] {
  const problems: Problem[] = [];
  const max = platformRules.mastodon.maxChars;
  const total = content.parts.length;
  if (total === 0) return [{ code: "empty", message: "There is nothing to post to Mastodon." }];
  content.parts.forEach((text, i) => {
    const name = total > 1 ? `Post ${i + 1} of ${total}` : "The post";
    if (!text.trim()) {
      problems.push({ code: "empty", message: `${name} is empty.`, part: i });
      return;
    }
    const length = countCharacters("mastodon", text);
    if (length > max) problems.push({ code: "too_long", message: `${name} is ${length} characters; Mastodon allows ${max}.`, part: i });
  });
  if (content.media.length > mastodonMaxMedia) problems.push({ code: "media_count", message: `Mastodon takes up to ${mastodonMaxMedia} images per post; this has ${content.media.length}.` });
  content.media.forEach((item, i) => {
    if (!/^https?:\/\//i.test(item.url)) problems.push({ code: "media_url", message: `Image ${i + 1} has no downloadable address.` });
    if (item.alt.length > mastodonMaxAltText) problems.push({ code: "alt_too_long", message: `The description of image ${i + 1} is ${item.alt.length} characters; Mastodon allows ${mastodonMaxAltText}.` });
  });
  return problems;
}
