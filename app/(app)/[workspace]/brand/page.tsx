import type { Metadata } from "next";
import { BrandPage } from "@/components/brand/brand-page";
import { historyInput } from "@/components/brand/history-query";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Brand voice" };

/** Membership was checked by the layout; everyone in the workspace may read the brand book. */
export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const queryClient = getQueryClient();
  // Both awaited: a query still pending when the HTML is sent can resolve before hydration, and
  // the history panel would then hydrate different markup than the server rendered.
  await Promise.all([
    queryClient.prefetchQuery(trpc.brand.get.queryOptions({ workspaceSlug: slug })),
    queryClient.prefetchInfiniteQuery(
      trpc.brand.versions.infiniteQueryOptions(historyInput(slug), { getNextPageParam: (page) => page.nextCursor }),
    ),
  ]);
  return (
    <HydrateClient>
      <BrandPage />
    </HydrateClient>
  );
}
