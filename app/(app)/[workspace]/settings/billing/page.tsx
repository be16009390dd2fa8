import type { Metadata } from "next";
import { BillingPage } from "@/components/billing/billing-page";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Billing" };

/** Membership was checked by the layout; every member sees the plan and usage, the organization's owners change the plan. */
export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery(trpc.billing.summary.queryOptions({ workspaceSlug: slug }));
  return (
    <HydrateClient>
      <BillingPage />
    </HydrateClient>
  );
}
