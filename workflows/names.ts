import "server-only";

/**
 * Names shared by the web process (which enqueues through DBOSClient) and the worker (which
 * registers the workflows). Kept free of DBOS runtime imports so the web bundle stays small.
 */
import { channelKinds } from "@/server/db/schema/publish";

export const APP_NAME = "loomcast";
/** Pinned: DBOS recovers only workflows of the same application version. Bump when a shipped workflow's steps change. */
export const APPLICATION_VERSION = "2026.12.1";

export type ChannelKindName = (typeof channelKinds)[number];

/** One publish queue per platform: partitioned per channel, rate-limited with that platform's posting limit. */
export const publishQueueName = (kind: ChannelKindName) => `publish-${kind}`;

export const queues = {
  /** Small, interactive jobs (welcome mail and the like). */
  onboarding: "onboarding",
  /** Content generation: partitioned per workspace (fairness), bounded globally. */
  generation: "generation",
  /** Metrics pulls after publishing (issue #7): one long-sleeping workflow per delivery. */
  metrics: "metrics",
  ...(Object.fromEntries(channelKinds.map((k) => [`publish_${k}`, publishQueueName(k)])) as Record<`publish_${ChannelKindName}`, string>),
} as const;

export const workflowNames = {
  welcomeWorkspace: "welcomeWorkspace",
  generateContent: "generateContent",
  publishJob: "publishJob",
  collectMetrics: "collectMetrics",
  /** Scheduled (workflows/schedules.ts). */
  housekeeping: "housekeeping",
  preflightSweep: "preflightSweep",
} as const;
