import { boolean, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { workspaces } from "./tenancy";

export const aiProviderKind = pgEnum("ai_provider_kind", ["openai", "anthropic", "google", "openai-compatible"]);

/**
 * A workspace's own model providers, tried in `priority` order (the fallback chain) before the
 * globally configured ones. API keys are sealed with AES-256-GCM (server/security/secret-box.ts).
 */
export const aiProviders = pgTable(
  "ai_providers",
  {
    id: id(),
    workspaceId: text("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    kind: aiProviderKind("kind").notNull(),
    label: text("label").notNull(),
    baseUrl: text("base_url"),
    apiKeySealed: text("api_key_sealed"),
    model: text("model").notNull(),
    priority: integer("priority").notNull().default(0),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("ai_providers_ws_idx").on(t.workspaceId, t.priority)],
);
