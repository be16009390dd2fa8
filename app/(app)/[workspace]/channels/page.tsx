import type { Metadata } from "next";
import { Suspense } from "react";
import { ChannelsPage } from "@/components/channels/channels-page";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Channels" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  // The layout has checked the session and the membership.
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.channel.list.queryOptions({ workspaceSlug: slug })),
    queryClient.prefetchQuery(trpc.channel.available.queryOptions({ workspaceSlug: slug })),
  ]);
  return (
    <HydrateClient>
      <Suspense>
        <ChannelsPage />
      </Suspense>
    </HydrateClient>
  );
}
