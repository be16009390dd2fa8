import "server-only";

/**
 * What generation will actually use for this workspace, in order: its enabled providers that can
 * be used, then the global providers configured on the server (names and models only), and the
 * offline writer only when nothing at all is configured. Mirrors server/generation/model-chain.ts.
 */
import type { ChainLink } from "@/server/ai/router/types";
import { globalProviderLinks } from "@/server/generation/global-providers";
import { linkFromRow } from "@/server/generation/provider-link";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { chainRows } from "./chain-rows";
import { kindInfo, type ProviderKind } from "@/lib/ai-providers/kinds";

export type ChainEntry = { id: string; label: string; kind: ProviderKind; model: string; usable: boolean; problem: string | null };
export type GlobalEntry = { name: string; kind: ProviderKind; model: string };

export type AiStatus = {
  /** The workspace's enabled providers in order; unusable ones are skipped by generation. */
  workspace: ChainEntry[];
  disabledCount: number;
  global: GlobalEntry[];
  /** True when nothing is configured: drafts come from the built-in offline writer. */
  offline: boolean;
  /** True when providers are configured but none can be used: runs will fail and say why. */
  noUsableProvider: boolean;
  /** False when the server has no ENCRYPTION_KEY: API keys cannot be saved until it is set. */
  keysCanBeStored: boolean;
};

function globalEntry(link: ChainLink): GlobalEntry | undefined {
  const { provider } = link;
  if (provider.type === "offline") return undefined;
  const name = provider.type === "openai-compatible" ? "OpenAI-compatible endpoint" : kindInfo[provider.type].label;
  return { name, kind: provider.type, model: link.modelId };
}

export async function getAiStatus(
  ctx: Pick<WorkspaceServiceContext, "db" | "workspace">,
  options: { globalLinks?: ChainLink[] } = {},
): Promise<AiStatus> {
  const rows = await chainRows(ctx.db, ctx.workspace.id);
  const enabled = rows.filter((row) => row.enabled);
  const workspace = enabled.map((row): ChainEntry => {
    const link = linkFromRow(row);
    return { id: row.id, label: row.label, kind: row.kind, model: row.model, usable: link.ok, problem: link.ok ? null : link.reason };
  });
  const global = (options.globalLinks ?? globalProviderLinks()).flatMap((link) => globalEntry(link) ?? []);
  const configured = enabled.length + global.length > 0;
  return {
    workspace,
    disabledCount: rows.length - enabled.length,
    global,
    offline: !configured,
    noUsableProvider: configured && global.length === 0 && workspace.every((entry) => !entry.usable),
    keysCanBeStored: Boolean(process.env.ENCRYPTION_KEY?.trim()),
  };
}
