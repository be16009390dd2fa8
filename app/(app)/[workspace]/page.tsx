import type { Metadata } from "next";
import { Dashboard } from "@/components/dashboard/dashboard";
import { handleServerError } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/lib/trpc/server";

/** A layout's title template does not reach the page beside it: name the product here too. */
export async function generateMetadata({ params }: { params: Promise<{ workspace: string }> }): Promise<Metadata> {
  const { workspace: slug } = await params;
  const caller = await serverCaller();
  const branding = await caller.branding.get({ workspaceSlug: slug }).catch(() => null);
  return { title: { absolute: `Dashboard · ${branding?.productName ?? "Loomcast"}` } };
}

export default async function DashboardPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await serverCaller();
  const workspace = await caller.workspace.get({ workspaceSlug: slug }).catch((error: unknown) => handleServerError(error, `/${slug}`));
  const queryClient = getQueryClient();
  // Started here, streamed to the client, read there with useSuspenseQuery.
  if (workspace.permissions.includes("audit.view")) {
    void queryClient.prefetchQuery(trpc.audit.list.queryOptions({ workspaceSlug: slug, limit: 5 }));
  }
  if (workspace.permissions.includes("members.manage")) {
    // Awaited: the stat cards read it with useQuery, which must hydrate with what the server rendered.
    await queryClient.prefetchQuery(trpc.invitation.list.queryOptions({ workspaceSlug: slug }));
  }
  return (
    <HydrateClient>
      <Dashboard />
    </HydrateClient>
  );
}
