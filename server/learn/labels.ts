import "server-only";

/** Plain-language names of platforms and pattern values, for insights, prompts and "why" texts. */
import { parseSlotTag, slotLabel } from "./slot";

export const platformLabels: Record<string, string> = {
  blog: "your blog",
  x: "X",
  linkedin: "LinkedIn",
  facebook: "Facebook",
  instagram: "Instagram",
  threads: "Threads",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  pinterest: "Pinterest",
  webhook: "webhooks",
};

export const platformLabel = (platform: string) => platformLabels[platform] ?? platform;

const hookLabels: Record<string, string> = {
  question: "Question hooks",
  "number-list": "Number/list hooks",
  "how-to": "How-to hooks",
  statistic: "Statistic hooks",
  quote: "Quote hooks",
  story: "Story hooks",
  "bold-claim": "Bold-claim hooks",
  statement: "Plain statement hooks",
};
const formatLabels: Record<string, string> = { blog: "Blog posts", single: "Single posts", thread: "Threads", "with-image": "Posts with an image" };

/** "Question hooks", "How-to angles", "Short posts", "Posts on Tuesday 09:00–12:00". */
export function patternLabel(dimension: string, value: string): string {
  switch (dimension) {
    case "hook":
      return hookLabels[value] ?? `"${value}" hooks`;
    case "angle":
      return `${value.charAt(0).toUpperCase()}${value.slice(1).replace(/-/gu, " ")} angles`;
    case "format":
      return formatLabels[value] ?? value;
    case "length":
      return `${value.charAt(0).toUpperCase()}${value.slice(1)} posts`;
    case "slot": {
      const slot = parseSlotTag(value);
      return slot ? `Posts on ${slotLabel(slot)}` : `Posts at ${value}`;
    }
    default:
      return `${dimension} ${value}`;
  }
}

export const formatLift = (lift: number) => `${lift >= 10 ? lift.toFixed(0) : lift.toFixed(1)}×`;
