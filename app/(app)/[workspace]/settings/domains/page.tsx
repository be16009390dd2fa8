import type { Metadata } from "next";
import { DomainsPage } from "@/components/domains/domains-page";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Domains" };

/** Membership was checked by the layout; every member sees the domains, owners/admins change them. */
export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery(trpc.domain.list.queryOptions({ workspaceSlug: slug }));
  return (
    <HydrateClient>
      <DomainsPage />
    </HydrateClient>
  );
}
