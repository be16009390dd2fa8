import "server-only";
import type { Metadata } from "next";
import type { Branding } from "@/lib/branding/defaults";

/** Page titles under the product's name, and the tenant's favicon when it has one. */
export function brandingMetadata(branding: Branding): Metadata {
  return {
    title: { default: branding.productName, template: `%s · ${branding.productName}` },
    ...(branding.faviconUrl ? { icons: { icon: [{ url: branding.faviconUrl }] } } : {}),
  };
}
