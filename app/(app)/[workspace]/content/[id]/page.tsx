import type { Metadata } from "next";
import { ContentItemPage } from "@/components/content/content-item-page";
import { handleServerError } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Content" };

export default async function Page({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  // Awaited, so another workspace's item (or a bad id) is a 404 page rather than a client error.
  await getQueryClient()
    .fetchQuery(trpc.content.get.queryOptions({ workspaceSlug: slug, contentItemId: id }))
    .catch((error: unknown) => handleServerError(error, `/${slug}/content/${id}`));
  return (
    <HydrateClient>
      <ContentItemPage contentItemId={id} />
    </HydrateClient>
  );
}
