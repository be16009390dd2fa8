/**
 * Names shared by the web process (which enqueues through DBOSClient) and the worker (which
 * registers the workflows). Kept free of DBOS runtime imports so the web bundle stays small.
 */
export const APP_NAME = "loomcast";
/** Pinned: DBOS recovers only workflows of the same application version. Bump when a shipped workflow's steps change. */
export const APPLICATION_VERSION = "2026.11.1";

export const queues = {
  /** Small, interactive jobs (welcome mail and the like). */
  onboarding: "onboarding",
  /** Content generation: partitioned per workspace (fairness), bounded globally. */
  generation: "generation",
} as const;

export const workflowNames = {
  welcomeWorkspace: "welcomeWorkspace",
  generateContent: "generateContent",
} as const;
