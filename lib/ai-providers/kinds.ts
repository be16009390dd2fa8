/**
 * The kinds of AI provider a workspace can add, and what each needs. Shared by the services
 * (validation) and the settings page (which fields to show); no server-only imports.
 */
export const providerKinds = ["openai", "anthropic", "google", "openai-compatible"] as const;
export type ProviderKind = (typeof providerKinds)[number];

export type KindInfo = {
  label: string;
  /** Whether the provider cannot be called without an API key. */
  requiresKey: boolean;
  /** Whether a base URL must be given (the others have a default endpoint). */
  requiresBaseUrl: boolean;
  defaultModel: string;
  /** Where the default endpoint lives, for messages ("cannot reach api.openai.com"). */
  defaultHost: string | null;
};

export const kindInfo: Record<ProviderKind, KindInfo> = {
  openai: { label: "OpenAI", requiresKey: true, requiresBaseUrl: false, defaultModel: "gpt-4o-mini", defaultHost: "api.openai.com" },
  anthropic: {
    label: "Anthropic",
    requiresKey: true,
    requiresBaseUrl: false,
    defaultModel: "claude-3-5-haiku-latest",
    defaultHost: "api.anthropic.com",
  },
  google: {
    label: "Google Gemini",
    requiresKey: true,
    requiresBaseUrl: false,
    defaultModel: "gemini-2.5-flash",
    defaultHost: "generativelanguage.googleapis.com",
  },
  "openai-compatible": { label: "OpenAI-compatible", requiresKey: false, requiresBaseUrl: true, defaultModel: "", defaultHost: null },
};

/** How many providers one workspace's chain may hold. */
export const maxProvidersPerWorkspace = 10;
