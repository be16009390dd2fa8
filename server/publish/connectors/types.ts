import "server-only";

/**
 * The one interface every channel kind implements (issue #5). Connectors are plain objects with
 * no database access: the publish workflow loads the channel, opens its credentials, calls the
 * connector and records what happened. Every HTTP call goes through `ctx.http` (fetch) to a base
 * URL from `ctx.endpoints`, so operators can point a connector at a proxy and tests at a local
 * server speaking the platform's documented API.
 */
import type { ChannelKind } from "./kinds";

/** Secrets kept sealed in channels.credentials_sealed. Which fields are used depends on the kind. */
export type ChannelCredentials = {
  accessToken?: string;
  refreshToken?: string;
  /** Unix ms when accessToken expires (if the platform says). */
  expiresAt?: number;
  /** Bluesky app password / handle. */
  identifier?: string;
  appPassword?: string;
  /** Webhook HMAC secret. */
  signingSecret?: string;
  /** Anything else a connector needs to keep (e.g. a page access token, an IG user id). */
  extra?: Record<string, string>;
};

/** The channel as a connector sees it: identity, service URL and opened credentials. */
export type ChannelContext = {
  id: string;
  kind: ChannelKind;
  externalAccountId: string;
  handle: string | null;
  serviceUrl: string | null;
  credentials: ChannelCredentials;
};

export type MediaItem = { url: string; alt: string; mimeType?: string };

/** What gets published: the approved version, already cut into this platform's posts. */
export type PublishContent = {
  contentItemId: string;
  title: string;
  /** Markdown (blog) or the master copy. */
  body: string;
  /** The platform's parts: one element for a single post, several for a thread. */
  parts: string[];
  /** Canonical link back to the blog post, if any. */
  link?: string;
  tags: string[];
  media: MediaItem[];
  seo?: { title?: string; description?: string } | null;
};

export type Problem = { code: string; message: string; part?: number };

export type Delivery = { externalId: string; permalink: string | null; /** ids of every part of a thread, first to last */ partIds?: string[] };

export type Metrics = {
  likes?: number;
  comments?: number;
  shares?: number;
  impressions?: number;
  views?: number;
  clicks?: number;
  saves?: number;
};

export type TokenSet = { accessToken: string; refreshToken?: string; expiresAt?: number; scopes?: string };

/** The account found after a connect flow. */
export type AccountProfile = { externalAccountId: string; name: string; handle?: string | null; avatarUrl?: string | null };

export type Endpoints = Readonly<Record<string, string>>;

export type ConnectorContext = {
  channel: ChannelContext;
  http: typeof fetch;
  endpoints: Endpoints;
  signal?: AbortSignal;
};

/** OAuth 2 authorization-code flow (PKCE where the platform supports it). */
export type OAuthSpec = {
  pkce: boolean;
  scopes: string[];
  authorizeUrl(input: { clientId: string; redirectUri: string; state: string; codeChallenge?: string; serviceUrl?: string; endpoints: Endpoints }): string;
  exchange(input: { code: string; codeVerifier?: string; redirectUri: string; clientId: string; clientSecret: string; serviceUrl?: string; http: typeof fetch; endpoints: Endpoints }): Promise<TokenSet>;
  /** Who the tokens belong to (and, for page-based platforms, extra credentials such as the page token). */
  profile(input: { tokens: TokenSet; serviceUrl?: string; http: typeof fetch; endpoints: Endpoints }): Promise<{ profile: AccountProfile; credentials?: Partial<ChannelCredentials> }>;
};

export interface Connector {
  kind: ChannelKind;
  label: string;
  /** How a member connects it. */
  auth: "builtin" | "oauth2" | "app_password" | "webhook";
  /** Media the platform accepts through its upload flow; "none" = text/link only. */
  media: "none" | "image" | "required-image";
  threads: boolean;
  /** Checked at approval and again before publishing; an empty list means publishable. */
  validate(content: PublishContent): Problem[];
  /** Publishes; must send `idempotencyKey` where the platform supports one. Throws ConnectorError. */
  publish(ctx: ConnectorContext, content: PublishContent, idempotencyKey: string): Promise<Delivery>;
  /**
   * Called before publishing again after an attempt whose outcome is unknown (the worker died
   * mid-call, or the request timed out): returns the post if it exists, else null.
   */
  findExisting(ctx: ConnectorContext, content: PublishContent, idempotencyKey: string, since: Date): Promise<Delivery | null>;
  fetchMetrics(ctx: ConnectorContext, delivery: Delivery): Promise<Metrics>;
  /**
   * A cheap authenticated call (the account's own profile) proving the stored token still works;
   * throws ConnectorError("auth") when the platform refuses it. Pre-flight calls it before a
   * scheduled post. Absent where there is nothing to ask (the blog, webhooks).
   */
  verify?(ctx: ConnectorContext): Promise<void>;
  /** Refreshes expiring tokens; throws ConnectorError("auth") when the refresh token is revoked. */
  refresh?(ctx: ConnectorContext, client: { clientId: string; clientSecret: string }): Promise<TokenSet>;
  oauth?: OAuthSpec;
}
