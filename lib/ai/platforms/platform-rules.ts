/**
 * What each platform accepts in one post. Limits are characters as that platform counts them
 * (see count-characters.ts for how each `counting` rule works). `maxHashtags` is the platform's
 * hard cap where one exists (Instagram 30, YouTube ignores all tags beyond 15, Threads takes one
 * topic tag, Pinterest 20) and otherwise the most that still reads as normal use on that
 * network; `idealHashtags` is what our writers aim for.
 */
export const platformIds = [
  "x",
  "linkedin",
  "facebook",
  "instagram",
  "threads",
  "bluesky",
  "mastodon",
  "pinterest",
  "tiktok",
  "youtube",
] as const;

export type PlatformId = (typeof platformIds)[number];

/**
 * - `utf16`: JavaScript string length; an emoji usually counts 2. The conservative default for
 *   networks that do not publish their rule: never fewer than the platform counts.
 * - `x-weighted`: X's weighted count: most Latin/Cyrillic/Greek characters 1, CJK and other
 *   characters 2, each emoji 2, every URL 23 (t.co).
 * - `graphemes`: user-perceived characters (Bluesky counts graphemes).
 * - `mastodon`: code points, every URL counts 23, a remote mention counts only its @user part.
 */
export type CountingRule = "utf16" | "x-weighted" | "graphemes" | "mastodon";

export type PlatformRule = {
  id: PlatformId;
  label: string;
  maxChars: number;
  counting: CountingRule;
  maxHashtags: number;
  idealHashtags: number;
  /** Professional networks get a stricter tone check (shouting, exclamation runs). */
  register: "professional" | "casual";
  /** Whether a thread (a numbered series of posts) is a native format there. */
  threads: boolean;
};

export const platformRules: Record<PlatformId, PlatformRule> = {
  x: { id: "x", label: "X", maxChars: 280, counting: "x-weighted", maxHashtags: 3, idealHashtags: 2, register: "casual", threads: true },
  linkedin: { id: "linkedin", label: "LinkedIn", maxChars: 3000, counting: "utf16", maxHashtags: 5, idealHashtags: 3, register: "professional", threads: false },
  facebook: { id: "facebook", label: "Facebook", maxChars: 63206, counting: "utf16", maxHashtags: 5, idealHashtags: 2, register: "casual", threads: false },
  instagram: { id: "instagram", label: "Instagram", maxChars: 2200, counting: "utf16", maxHashtags: 30, idealHashtags: 8, register: "casual", threads: false },
  threads: { id: "threads", label: "Threads", maxChars: 500, counting: "utf16", maxHashtags: 1, idealHashtags: 1, register: "casual", threads: true },
  bluesky: { id: "bluesky", label: "Bluesky", maxChars: 300, counting: "graphemes", maxHashtags: 3, idealHashtags: 2, register: "casual", threads: true },
  mastodon: { id: "mastodon", label: "Mastodon", maxChars: 500, counting: "mastodon", maxHashtags: 5, idealHashtags: 3, register: "casual", threads: true },
  pinterest: { id: "pinterest", label: "Pinterest", maxChars: 500, counting: "utf16", maxHashtags: 20, idealHashtags: 5, register: "casual", threads: false },
  tiktok: { id: "tiktok", label: "TikTok", maxChars: 2200, counting: "utf16", maxHashtags: 10, idealHashtags: 4, register: "casual", threads: false },
  youtube: { id: "youtube", label: "YouTube", maxChars: 5000, counting: "utf16", maxHashtags: 15, idealHashtags: 3, register: "casual", threads: false },
};

export function isPlatformId(value: string): value is PlatformId {
  return (platformIds as readonly string[]).includes(value);
}
