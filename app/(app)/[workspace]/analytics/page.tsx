import type { Metadata } from "next";
import { AnalyticsPage } from "@/components/analytics/analytics-page";
import { rangeFromParams } from "@/components/analytics/range";
import { NoAccess } from "@/components/shell/no-access";
import { handleServerError } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Analytics" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: slug } = await params;
  const caller = await serverCaller();
  const workspace = await caller.workspace.get({ workspaceSlug: slug }).catch((error: unknown) => handleServerError(error, `/${slug}/analytics`));
  if (!workspace.permissions.includes("analytics.view")) {
    return <NoAccess title="Analytics" message="You don't have access to analytics" detail="Ask an owner or admin of this workspace for a role that can see analytics." />;
  }
  const range = rangeFromParams(await searchParams);
  const input = { workspaceSlug: slug, from: range.from, to: range.to };
  const queryClient = getQueryClient();
  // Not awaited: each chart shows its own loading state while its data streams in.
  void queryClient.prefetchQuery(trpc.analytics.insights.queryOptions({ workspaceSlug: slug }));
  void queryClient.prefetchQuery(trpc.analytics.engagement.queryOptions(input));
  void queryClient.prefetchQuery(trpc.analytics.topPosts.queryOptions({ ...input, limit: 10 }));
  void queryClient.prefetchQuery(trpc.analytics.production.queryOptions(input));
  void queryClient.prefetchQuery(trpc.analytics.review.queryOptions(input));
  void queryClient.prefetchQuery(trpc.analytics.stages.queryOptions(input));
  void queryClient.prefetchQuery(trpc.analytics.costs.queryOptions(input));
  return (
    <HydrateClient>
      <AnalyticsPage slug={slug} range={range} />
    </HydrateClient>
  );
}
