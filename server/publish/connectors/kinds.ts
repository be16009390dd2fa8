import "server-only";
import { channelKinds } from "@/server/db/schema/publish";
import type { PlatformId } from "@/lib/ai/platforms/platform-rules";

export type ChannelKind = (typeof channelKinds)[number];
export { channelKinds };

/** The platform whose posts (content_versions.posts[].platform) a channel kind publishes. */
export const platformOfKind: Record<ChannelKind, PlatformId | null> = {
  blog: null,
  webhook: null,
  x: "x",
  linkedin: "linkedin",
  facebook: "facebook",
  instagram: "instagram",
  threads: "threads",
  bluesky: "bluesky",
  mastodon: "mastodon",
  pinterest: "pinterest",
};

/**
 * Published posting limits per account (publish queues enforce them per channel):
 * X 100 posts / 15 min per user; Bluesky 1,666 creates / hour; Mastodon 300 statuses / 3 h;
 * Threads 250 posts / 24 h; Instagram 50 posts / 24 h. Others: conservative defaults.
 */
export const postingLimits: Record<ChannelKind, { limit: number; periodSec: number }> = {
  x: { limit: 100, periodSec: 15 * 60 },
  bluesky: { limit: 1666, periodSec: 3600 },
  mastodon: { limit: 300, periodSec: 3 * 3600 },
  threads: { limit: 250, periodSec: 24 * 3600 },
  instagram: { limit: 50, periodSec: 24 * 3600 },
  linkedin: { limit: 150, periodSec: 24 * 3600 },
  facebook: { limit: 200, periodSec: 3600 },
  pinterest: { limit: 1000, periodSec: 3600 },
  webhook: { limit: 600, periodSec: 60 },
  blog: { limit: 6000, periodSec: 60 },
};
