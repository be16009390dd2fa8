import type { Metadata } from "next";
import { AiProvidersPage } from "@/components/ai-providers/ai-providers-page";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "AI providers" };

/** Membership was checked by the layout; every member may see the chain, owners and admins change it. */
export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.aiProvider.list.queryOptions({ workspaceSlug: slug }));
  void queryClient.prefetchQuery(trpc.aiProvider.status.queryOptions({ workspaceSlug: slug }));
  return (
    <HydrateClient>
      <AiProvidersPage />
    </HydrateClient>
  );
}
