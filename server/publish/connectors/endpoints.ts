import "server-only";

/**
 * Base URLs of each platform's APIs. Defaults are the platforms' public hosts; PLATFORM_ENDPOINTS
 * (JSON, same keys) overrides them, e.g. to route through an egress proxy.
 */
import { env } from "@/env";

export const defaultEndpoints = {
  "x.api": "https://api.x.com",
  "x.upload": "https://api.x.com",
  "x.authorize": "https://x.com/i/oauth2/authorize",
  "linkedin.api": "https://api.linkedin.com",
  "linkedin.oauth": "https://www.linkedin.com/oauth/v2",
  "meta.graph": "https://graph.facebook.com/v21.0",
  "meta.dialog": "https://www.facebook.com/v21.0/dialog/oauth",
  "threads.graph": "https://graph.threads.net/v1.0",
  "threads.authorize": "https://threads.net/oauth/authorize",
  "pinterest.api": "https://api.pinterest.com/v5",
  "pinterest.authorize": "https://www.pinterest.com/oauth/",
} as const;

export type EndpointKey = keyof typeof defaultEndpoints;

let cached: Record<string, string> | null = null;

export function platformEndpoints(): Record<EndpointKey, string> {
  if (!cached) {
    let overrides: Record<string, string> = {};
    if (env.PLATFORM_ENDPOINTS) {
      try {
        overrides = JSON.parse(env.PLATFORM_ENDPOINTS) as Record<string, string>;
      } catch {
        throw new Error("PLATFORM_ENDPOINTS must be JSON, e.g. {\"x.api\":\"https://api.x.com\"}.");
      }
    }
    cached = { ...defaultEndpoints, ...overrides };
  }
  return cached as Record<EndpointKey, string>;
}

/** OAuth client of a platform, or null when the operator has not configured one. */
export function oauthClient(kind: string): { clientId: string; clientSecret: string } | null {
  const pairs: Record<string, [string | undefined, string | undefined]> = {
    x: [env.X_CLIENT_ID, env.X_CLIENT_SECRET],
    linkedin: [env.LINKEDIN_CLIENT_ID, env.LINKEDIN_CLIENT_SECRET],
    facebook: [env.META_APP_ID, env.META_APP_SECRET],
    instagram: [env.META_APP_ID, env.META_APP_SECRET],
    threads: [env.THREADS_APP_ID, env.THREADS_APP_SECRET],
    pinterest: [env.PINTEREST_CLIENT_ID, env.PINTEREST_CLIENT_SECRET],
  };
  const [clientId, clientSecret] = pairs[kind] ?? [];
  return clientId && clientSecret ? { clientId, clientSecret } : null;
}
