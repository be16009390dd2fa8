import "server-only";

/**
 * The fallback chain for one workspace: its enabled ai_providers in ascending `priority`, then
 * the global providers from the environment; the offline writer alone when none is configured.
 * A configured provider that cannot be used is skipped (with its reason) but never replaced by
 * the offline writer: a workspace with a broken key gets a failed run that says so.
 * Built fresh for every stage and never stored (the keys must not reach a checkpoint or a log).
 */
import { and, asc, eq } from "drizzle-orm";
import { chainOrOffline } from "@/server/ai/router/model-router";
import type { ChainLink } from "@/server/ai/router/types";
import type { Db } from "@/server/db/client";
import { aiProviders } from "@/server/db/schema";
import { logger } from "@/server/log/logger";
import { globalProviderLinks } from "./global-providers";
import { linkFromRow } from "./provider-link";

export type ModelChain = {
  links: ChainLink[];
  /** Providers that are configured but could not be used, with the reason (shown in run events). */
  skipped: Array<{ label: string; reason: string }>;
};

export async function loadModelChain(db: Db, workspaceId: string, options: { global?: ChainLink[] } = {}): Promise<ModelChain> {
  const rows = await db
    .select({
      id: aiProviders.id,
      kind: aiProviders.kind,
      label: aiProviders.label,
      baseUrl: aiProviders.baseUrl,
      apiKeySealed: aiProviders.apiKeySealed,
      model: aiProviders.model,
    })
    .from(aiProviders)
    .where(and(eq(aiProviders.workspaceId, workspaceId), eq(aiProviders.enabled, true)))
    .orderBy(asc(aiProviders.priority), asc(aiProviders.createdAt));
  const links: ChainLink[] = [];
  const skipped: ModelChain["skipped"] = [];
  for (const row of rows) {
    const result = linkFromRow(row);
    if (result.ok) links.push(result.link);
    else {
      skipped.push({ label: row.label, reason: result.reason });
      logger.warn("ai provider skipped", { workspaceId, providerId: row.id, kind: row.kind, reason: result.reason });
    }
  }
  const global = options.global ?? globalProviderLinks();
  const configured = rows.length + global.length > 0;
  return { links: configured ? [...links, ...global] : chainOrOffline([]), skipped };
}
