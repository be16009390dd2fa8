import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { BrandTheme } from "@/components/branding/brand-theme";
import { AppShell } from "@/components/shell/app-shell";
import { handleServerError, requireSession } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, serverCaller, trpc } from "@/lib/trpc/server";
import { brandingMetadata } from "@/server/branding/metadata";
import { appDomainOrganization } from "@/server/branding/request-branding";

/** Titles and favicon under the workspace's branding (the agency's under white-label). */
export async function generateMetadata({ params }: { params: Promise<{ workspace: string }> }): Promise<Metadata> {
  const { workspace: slug } = await params;
  const caller = await serverCaller();
  const branding = await caller.branding.get({ workspaceSlug: slug }).catch(() => null);
  return branding ? brandingMetadata(branding) : {};
}

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
  const [workspace, workspaces, me, branding, clients] = await Promise.all([
    caller.workspace.get({ workspaceSlug: slug }),
    caller.workspace.list(),
    caller.auth.me(),
    caller.branding.get({ workspaceSlug: slug }),
    caller.agency.workspaces(),
  ]).catch((error: unknown) => handleServerError(error, returnTo));
  // An organization's app domain serves that organization's workspaces only.
  const domainOrganization = await appDomainOrganization();
  if (domainOrganization && domainOrganization !== workspace.organization.id) notFound();
  if (!workspace.onboardedAt) redirect(`/onboarding?workspace=${encodeURIComponent(slug)}`);

  // Hand what the server already loaded to the client cache, so the shell renders without a fetch.
  const queryClient = getQueryClient();
  queryClient.setQueryData(trpc.workspace.get.queryKey({ workspaceSlug: slug }), workspace);
  queryClient.setQueryData(trpc.workspace.list.queryKey(), workspaces);
  queryClient.setQueryData(trpc.auth.me.queryKey(), me);
  queryClient.setQueryData(trpc.branding.get.queryKey({ workspaceSlug: slug }), branding);
  queryClient.setQueryData(trpc.agency.workspaces.queryKey(), clients);

  return (
    <HydrateClient>
      <BrandTheme branding={branding} />
      <AppShell workspaceSlug={slug}>{children}</AppShell>
    </HydrateClient>
  );
}
