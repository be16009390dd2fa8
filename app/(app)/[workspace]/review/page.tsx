import type { Metadata } from "next";
import { ReviewQueuePage } from "@/components/review/review-queue-page";
import { noQueueFilters, queueInput } from "@/components/review/queue-query";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Review" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  // The layout has checked the session and the membership.
  void getQueryClient().prefetchInfiniteQuery(
    trpc.review.queue.infiniteQueryOptions(queueInput(slug, noQueueFilters), { getNextPageParam: (page) => page.nextCursor }),
  );
  return (
    <HydrateClient>
      <ReviewQueuePage />
    </HydrateClient>
  );
}
