"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { Cpu, Plus } from "lucide-react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { maxProvidersPerWorkspace } from "@/lib/ai-providers/kinds";
import { ProviderDialog } from "./provider-dialog";
import { ProviderRow } from "./provider-row";
import { useRefreshProviders } from "./use-refresh-providers";

export function AddProviderButton({ variant = "primary" }: { variant?: "primary" | "secondary" }) {
  return (
    <ProviderDialog
      trigger={
        <Button variant={variant}>
          <Plus aria-hidden /> Add provider
        </Button>
      }
    />
  );
}

/** After a move, keyboard focus stays on the moved provider's arrow (the other one at the ends of the list). */
function keepFocusOn(id: string, direction: -1 | 1) {
  requestAnimationFrame(() => {
    const find = (d: -1 | 1) => document.querySelector<HTMLButtonElement>(`[data-move="${id}:${d}"]`);
    const same = find(direction);
    (same && !same.disabled ? same : find(direction === -1 ? 1 : -1))?.focus();
  });
}

/** The workspace's providers in the order generation tries them. */
export function ProviderList({ editable }: { editable: boolean }) {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const refresh = useRefreshProviders();
  const { data: providers } = useSuspenseQuery(trpc.aiProvider.list.queryOptions({ workspaceSlug: slug }));
  const reorder = useMutation(trpc.aiProvider.reorder.mutationOptions());

  async function move(index: number, direction: -1 | 1) {
    const ids = providers.map((p) => p.id);
    const target = index + direction;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    try {
      await reorder.mutateAsync({ workspaceSlug: slug, ids });
      await refresh();
      const moved = providers[index]!;
      toast.success(`${moved.label} is now number ${target + 1}`);
      keepFocusOn(moved.id, direction);
    } catch (error) {
      toast.error(errorMessage(error));
      await refresh();
    }
  }

  return (
    <Card>
      <CardHeader
        title="Fallback chain"
        description={
          providers.length === 0
            ? "This workspace has no providers of its own."
            : "Tried from the top. If a provider fails or is unavailable, the next one takes over."
        }
        actions={editable && providers.length > 0 && providers.length < maxProvidersPerWorkspace && <AddProviderButton variant="secondary" />}
      />
      {providers.length === 0 ? (
        <EmptyState
          icon={<Cpu />}
          title="No AI providers yet"
          description={
            editable
              ? "Add OpenAI, Anthropic, Google, or your own OpenAI-compatible endpoint such as Ollama. Until then, drafts come from the server's providers or the offline writer."
              : "Owners and admins can add providers here. Until then, drafts come from the server's providers or the offline writer."
          }
          action={editable && <AddProviderButton />}
        />
      ) : (
        <ol aria-label="Providers in fallback order" className="mt-4 divide-y divide-zinc-100 border-t border-zinc-100">
          {providers.map((provider, index) => (
            <ProviderRow
              key={provider.id}
              provider={provider}
              position={index + 1}
              editable={editable}
              canMoveUp={index > 0}
              canMoveDown={index < providers.length - 1}
              moving={reorder.isPending}
              onMove={(direction) => move(index, direction)}
            />
          ))}
        </ol>
      )}
    </Card>
  );
}
