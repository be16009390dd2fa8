"use client";

import { useMutation } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import type { ProviderView } from "@/server/ai-providers/provider-view";
import { useRefreshProviders } from "./use-refresh-providers";

export function RemoveProviderDialog({ provider }: { provider: ProviderView }) {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const refresh = useRefreshProviders();
  const remove = useMutation(trpc.aiProvider.remove.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm">
          Remove<span className="sr-only"> {provider.label}</span>
        </Button>
      }
      icon={<Trash2 className="text-red-600" />}
      title={`Remove ${provider.label}?`}
      description="It leaves the fallback chain and its API key is deleted. Runs already in progress finish with the chain they started with."
      confirmLabel="Remove provider"
      onConfirm={async () => {
        await remove.mutateAsync({ workspaceSlug: slug, id: provider.id });
        await refresh();
        toast.success(`${provider.label} was removed`);
      }}
    />
  );
}
