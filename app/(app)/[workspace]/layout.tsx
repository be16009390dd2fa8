import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { handleServerError, requireSession } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/lib/trpc/server";

/**
 * Every page inside a workspace: the session and the membership are checked here, on the
 * server, before anything renders. A workspace the user is not a member of is a 404.
 */
export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const { workspace: slug } = await params;
  const returnTo = `/${slug}`;
  await requireSession(returnTo);
  const caller = await serverCaller();
  const [workspace, workspaces, me] = await Promise.all([
    caller.workspace.get({ workspaceSlug: slug }),
    caller.workspace.list(),
    caller.auth.me(),
  ]).catch((error: unknown) => handleServerError(error, returnTo));
  if (!workspace.onboardedAt) redirect(`/onboarding?workspace=${encodeURIComponent(slug)}`);

  // Hand what the server already loaded to the client cache, so the shell renders without a fetch.
  const queryClient = getQueryClient();
  queryClient.setQueryData(trpc.workspace.get.queryKey({ workspaceSlug: slug }), workspace);
  queryClient.setQueryData(trpc.workspace.list.queryKey(), workspaces);
  queryClient.setQueryData(trpc.auth.me.queryKey(), me);

  return (
    <HydrateClient>
      <AppShell workspaceSlug={slug}>{children}</AppShell>
    </HydrateClient>
  );
}
