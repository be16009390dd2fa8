import type { BrandBookField } from "@/lib/brand/fields";

/** How the editor explains each field. */
export const fieldCopy: Record<BrandBookField, { description: string; placeholder: string }> = {
  voice: {
    description: "How you sound: personality, rhythm, formality, humour. Writers follow this in every draft.",
    placeholder: "Warm and plain-spoken, a little dry. Short sentences, no jargon. We explain, we don't hype.",
  },
  audience: {
    description: "Who you write for and what they care about. A request can override it for one piece.",
    placeholder: "Owners of independent coffee roasteries, 30–55, busy, sceptical of marketing speak.",
  },
  pillars: {
    description: "The themes you keep coming back to. Drafts are steered towards them.",
    placeholder: "Add a pillar, e.g. Sourcing stories",
  },
  avoidWords: {
    description: "Words, phrases and claims that must never appear. Every draft is checked for them before review.",
    placeholder: "Add a word or claim, e.g. guaranteed results",
  },
  hashtags: {
    description: "Used on social posts where the platform allows hashtags. One word each; # is added for you.",
    placeholder: "Add a hashtag, e.g. #specialtycoffee",
  },
  examples: {
    description: "Posts that sound exactly right. Writers study them for tone, length and structure.",
    placeholder: "Paste a post that sounds like you…",
  },
  ctas: {
    description: "How a post may end. Writers pick the one that fits the piece.",
    placeholder: "Add a call to action, e.g. Book a tasting",
  },
};
