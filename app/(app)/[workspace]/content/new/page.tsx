import type { Metadata } from "next";
import { NewContentPage } from "@/components/content/new-content-page";
import { NoAccess } from "@/components/shell/no-access";
import { handleServerError } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "New content" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const caller = await serverCaller();
  const workspace = await caller.workspace.get({ workspaceSlug: slug }).catch((error: unknown) => handleServerError(error, `/${slug}/content/new`));
  if (!workspace.permissions.includes("content.create")) {
    return (
      <NoAccess
        title="New content"
        message="Your role cannot request content"
        detail="Owners, admins and editors request content here. Ask one of them, or ask an admin to change your role."
      />
    );
  }
  void getQueryClient().prefetchQuery(trpc.aiProvider.status.queryOptions({ workspaceSlug: slug }));
  return (
    <HydrateClient>
      <NewContentPage />
    </HydrateClient>
  );
}
