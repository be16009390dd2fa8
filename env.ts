import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/** Environment, validated once when the process starts. See .env.example for each variable. */
export const env = createEnv({
  server: {
    DATABASE_URL: z.url().default("postgres://postgres@127.0.0.1:5432/loomcast"),
    /** Connections per process to DATABASE_URL (workers running many publish jobs at once want more). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"),
    APP_URL: z.url().default("http://localhost:3000"),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Loomcast <no-reply@loomcast.local>"),
    DEV_MAILBOX: z
      .enum(["true", "false"])
      .optional()
      // Never in a production build (`next start`), whatever .env says: the mail holds sign-in links.
      .transform((v) => process.env.NODE_ENV !== "production" && (v === undefined ? process.env.NODE_ENV === "development" : v === "true")),
    ENCRYPTION_KEY: z.base64().optional(),
    ENCRYPTION_KEY_PREVIOUS: z.string().optional(),
    // Global AI providers, tried after a workspace's own providers (all optional; with none, the offline writer).
    OPENAI_API_KEY: z.string().optional(),
    OPENAI_MODEL: z.string().default("gpt-4o-mini"),
    ANTHROPIC_API_KEY: z.string().optional(),
    ANTHROPIC_MODEL: z.string().default("claude-3-5-haiku-latest"),
    GOOGLE_GENERATIVE_AI_API_KEY: z.string().optional(),
    GOOGLE_MODEL: z.string().default("gemini-2.5-flash"),
    OPENAI_COMPATIBLE_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    OPENAI_COMPATIBLE_API_KEY: z.string().optional(),
    OPENAI_COMPATIBLE_MODEL: z.string().optional(),
    // Social platforms: OAuth apps registered by the operator (a platform without its client id is "not available").
    X_CLIENT_ID: z.string().optional(),
    X_CLIENT_SECRET: z.string().optional(),
    LINKEDIN_CLIENT_ID: z.string().optional(),
    LINKEDIN_CLIENT_SECRET: z.string().optional(),
    META_APP_ID: z.string().optional(),
    META_APP_SECRET: z.string().optional(),
    THREADS_APP_ID: z.string().optional(),
    THREADS_APP_SECRET: z.string().optional(),
    PINTEREST_CLIENT_ID: z.string().optional(),
    PINTEREST_CLIENT_SECRET: z.string().optional(),
    /** Platform API base URLs, e.g. X_API_URL=https://api.x.com (for proxies and local test servers): see server/publish/connectors/endpoints.ts. */
    PLATFORM_ENDPOINTS: z.string().optional(),
    /** Let user-given URLs (webhook targets, Mastodon instances, Bluesky PDS) be private or loopback addresses (off in production: SSRF). */
    OUTBOUND_ALLOW_PRIVATE_NETWORKS: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
    /** First retry delay of a failed publish attempt (doubles per attempt, capped at 10 min). */
    PUBLISH_RETRY_BASE_SECONDS: z.coerce.number().min(0.05).max(600).default(15),
    /** A worker silent this long is declared dead; a live worker recovers its unfinished workflows. */
    WORKER_DEAD_AFTER_SECONDS: z.coerce.number().min(2).max(3600).default(30),
    /** Housekeeping: finished DBOS workflows and generation run events older than this many days are purged. */
    HOUSEKEEPING_WORKFLOW_RETENTION_DAYS: z.coerce.number().min(2).max(3650).default(30),
    // Billing (issue #8): without STRIPE_SECRET_KEY billing is disabled and nothing is limited.
    STRIPE_SECRET_KEY: z.string().optional(),
    STRIPE_WEBHOOK_SECRET: z.string().optional(),
    /** Stripe API base URL override (a proxy or a local server speaking Stripe's API). */
    STRIPE_API_URL: z.url().optional(),
    STRIPE_PRICE_STARTER_MONTHLY: z.string().optional(),
    STRIPE_PRICE_STARTER_YEARLY: z.string().optional(),
    STRIPE_PRICE_PRO_MONTHLY: z.string().optional(),
    STRIPE_PRICE_PRO_YEARLY: z.string().optional(),
    STRIPE_PRICE_ENTERPRISE_MONTHLY: z.string().optional(),
    STRIPE_PRICE_ENTERPRISE_YEARLY: z.string().optional(),
    // Custom domains (issue #9). DNS servers for TXT verification, comma-separated ip or ip:port (empty: the system's).
    DNS_RESOLVERS: z.string().optional(),
    /** The product's own host names besides APP_URL's and localhost (comma-separated): served as the app, never as custom domains. */
    APP_HOSTS: z.string().optional(),
    /** Per client address: sign-ups an hour and sign-ins per 15 minutes (raise them for an office behind one NAT address). */
    SIGN_UPS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100000).default(10),
    SIGN_INS_PER_IP_PER_15_MIN: z.coerce.number().int().min(1).max(100000).default(20),
    /** Abuse limits: generation runs started per workspace an hour, client review-link decisions per workspace an hour, blog searches per client address a minute. */
    GENERATIONS_PER_WORKSPACE_PER_HOUR: z.coerce.number().int().min(1).max(1000000).default(120),
    REVIEW_LINK_DECISIONS_PER_WORKSPACE_PER_HOUR: z.coerce.number().int().min(1).max(1000000).default(200),
    BLOG_SEARCHES_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).max(1000000).default(120),
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  client: {},
  experimental__runtimeEnv: {},
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
});
