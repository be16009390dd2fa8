"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { useTRPC } from "@/lib/trpc/client";

/** Says up front when the server cannot encrypt keys, instead of failing at "Add provider". */
export function KeyStorageWarning() {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const { data: status } = useSuspenseQuery(trpc.aiProvider.status.queryOptions({ workspaceSlug: slug }));
  if (status.keysCanBeStored) return null;
  return (
    <Alert tone="warning" title="API keys cannot be saved on this server yet">
      The server has no ENCRYPTION_KEY, so keys cannot be encrypted. Whoever runs Loomcast can set one (openssl rand -base64 32). Providers without a
      key, such as a local Ollama, can still be added.
    </Alert>
  );
}
