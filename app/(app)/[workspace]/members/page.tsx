import type { Metadata } from "next";
import { MembersPage } from "@/components/members/members-page";
import { handleServerError } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Members" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await serverCaller();
  const workspace = await caller.workspace.get({ workspaceSlug: slug }).catch((error: unknown) => handleServerError(error, `/${slug}/members`));
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.member.list.queryOptions({ workspaceSlug: slug }));
  if (workspace.permissions.includes("members.manage")) {
    void queryClient.prefetchQuery(trpc.invitation.list.queryOptions({ workspaceSlug: slug }));
  }
  return (
    <HydrateClient>
      <MembersPage />
    </HydrateClient>
  );
}
