import type { Metadata } from "next";
import { ReviewItemPage } from "@/components/review/review-item-page";
import { handleServerError } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Review" };

export default async function Page({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace: slug, id } = await params;
  // Awaited, so another workspace's item (or a bad id) is a 404 page rather than a client error.
  await getQueryClient()
    .fetchQuery(trpc.review.item.queryOptions({ workspaceSlug: slug, contentItemId: id }))
    .catch((error: unknown) => handleServerError(error, `/${slug}/review/${id}`));
  return (
    <HydrateClient>
      <ReviewItemPage contentItemId={id} />
    </HydrateClient>
  );
}
