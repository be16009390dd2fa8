import type { Metadata } from "next";
import { AgencyFrame } from "@/components/agency/agency-frame";
import { AgencyOverview } from "@/components/agency/agency-overview";
import { handleServerError, requireSession } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/lib/trpc/server";
import { brandingForOrganization } from "@/server/branding/get-branding";
import { brandingMetadata } from "@/server/branding/metadata";

type Params = { params: Promise<{ orgId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  // The organization's branding only for its own staff (the page itself checks again).
  const { orgId } = await params;
  const agencies = await (await serverCaller()).agency.agencies().catch(() => []);
  if (!agencies.some((a) => a.id === orgId)) return { title: "Agency overview" };
  return { ...brandingMetadata(await brandingForOrganization(orgId)), title: "Agency overview" };
}

/** Across the organization's clients: approvals waiting, posts this week, failures, usage (agency staff only). */
export default async function Page({ params }: Params) {
  const { orgId } = await params;
  const returnTo = `/agency/${orgId}`;
  await requireSession(returnTo);
  const queryClient = getQueryClient();
  const overview = await queryClient
    .fetchQuery(trpc.agency.overview.queryOptions({ organizationId: orgId }))
    .catch((error: unknown) => handleServerError(error, returnTo));
  const branding = await brandingForOrganization(overview.organization.id);
  return (
    <AgencyFrame branding={branding} title={`${overview.organization.name}: all clients`}>
      <HydrateClient>
        <AgencyOverview organizationId={orgId} />
      </HydrateClient>
    </AgencyFrame>
  );
}
