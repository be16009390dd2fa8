import type { Metadata } from "next";
import { BrandingSettingsPage } from "@/components/branding/branding-settings-page";
import { NoAccess } from "@/components/shell/no-access";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Branding" };

/** White-label settings: the organization's owners and admins (agency staff) only. */
export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const queryClient = getQueryClient();
  const allowed = await queryClient
    .fetchQuery(trpc.branding.settings.queryOptions({ workspaceSlug: slug }))
    .then(() => true)
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "FORBIDDEN") return false;
      throw error;
    });
  if (!allowed) {
    return (
      <NoAccess
        title="Branding"
        message="Branding is set by your agency"
        detail="The organization's owners and admins choose the name, logo and colours this workspace shows."
      />
    );
  }
  return (
    <HydrateClient>
      <BrandingSettingsPage />
    </HydrateClient>
  );
}
