import type { Metadata } from "next";
import { AuditPage } from "@/components/audit/audit-page";
import { NoAccess } from "@/components/shell/no-access";
import { handleServerError } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/lib/trpc/server";
import { auditPageSize } from "@/components/audit/audit-query";

export const metadata: Metadata = { title: "Audit log" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await serverCaller();
  const workspace = await caller.workspace.get({ workspaceSlug: slug }).catch((error: unknown) => handleServerError(error, `/${slug}/audit`));
  if (!workspace.permissions.includes("audit.view")) {
    return (
      <NoAccess
        title="Audit log"
        message="You don't have access to the audit log"
        detail="The audit log shows who changed what in this workspace. Only owners and admins can see it — ask one of them if you need something from it."
      />
    );
  }
  const queryClient = getQueryClient();
  // Awaited: the page's client component reads these with useQuery, so the server must render
  // the same data the browser hydrates with (a pending prefetch renders a loading state instead).
  await Promise.all([
    queryClient.prefetchInfiniteQuery(
      trpc.audit.list.infiniteQueryOptions({ workspaceSlug: slug, limit: auditPageSize }, { getNextPageParam: (page) => page.nextCursor }),
    ),
    queryClient.prefetchQuery(trpc.audit.filters.queryOptions({ workspaceSlug: slug })),
  ]);
  return (
    <HydrateClient>
      <AuditPage />
    </HydrateClient>
  );
}
