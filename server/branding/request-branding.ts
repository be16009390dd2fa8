import "server-only";
import { headers } from "next/headers";
import { loomcastBranding, type Branding } from "@/lib/branding/defaults";
import { brandingForOrganization } from "./get-branding";

/**
 * The header the host-routing middleware sets on requests that arrive on an organization's
 * verified app domain (it must drop any copy the client sent).
 */
export const appDomainHeader = "x-loomcast-org";

/** The organization whose app domain served this request (null: Loomcast's own host). */
export async function appDomainOrganization(): Promise<string | null> {
  const value = (await headers()).get(appDomainHeader);
  return value && value.length <= 64 ? value : null;
}

/** Branding for pages outside a workspace: the app domain's organization, else Loomcast's. */
export async function brandingForRequest(): Promise<Branding> {
  const organizationId = await appDomainOrganization();
  return organizationId ? brandingForOrganization(organizationId) : loomcastBranding;
}
