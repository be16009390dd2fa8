import type { Metadata } from "next";
import { ContentListPage } from "@/components/content/content-list-page";
import { contentListInput, noContentFilters } from "@/components/content/content-query";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Content" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  // The layout has checked the session and the membership.
  void getQueryClient().prefetchInfiniteQuery(
    trpc.content.list.infiniteQueryOptions(contentListInput(slug, noContentFilters), { getNextPageParam: (page) => page.nextCursor }),
  );
  return (
    <HydrateClient>
      <ContentListPage />
    </HydrateClient>
  );
}
