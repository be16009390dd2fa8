import type { Metadata } from "next";
import { ReviewPolicyPage } from "@/components/review-policy/review-policy-page";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Review settings" };

/** Membership was checked by the layout; every member may see the policy, owners and admins change it. */
export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery(trpc.review.policy.queryOptions({ workspaceSlug: slug }));
  return (
    <HydrateClient>
      <ReviewPolicyPage />
    </HydrateClient>
  );
}
