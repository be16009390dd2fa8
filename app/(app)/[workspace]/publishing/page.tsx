import type { Metadata } from "next";
import { JobsPage } from "@/components/publish/jobs-page";
import { jobsInput, noJobFilters } from "@/components/publish/jobs-query";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Publishing" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  // The layout has checked the session and the membership.
  await getQueryClient().prefetchInfiniteQuery(
    trpc.publish.jobs.infiniteQueryOptions(jobsInput(slug, noJobFilters), { getNextPageParam: (page) => page.nextCursor }),
  );
  return (
    <HydrateClient>
      <JobsPage />
    </HydrateClient>
  );
}
