import { mix, readableOn } from "@/lib/branding/color";
import { loomcastBranding, type Branding } from "@/lib/branding/defaults";
import type { StoredBranding } from "@/lib/branding/schemas";

/** Layers are most specific first; the first non-null value of each field wins. */
export function mergeBranding(whiteLabel: boolean, layers: Array<StoredBranding | null>): Branding {
  if (!whiteLabel) return loomcastBranding;
  const pick = (name: keyof StoredBranding) => layers.find((l) => l?.[name])?.[name] ?? null;
  const productName = pick("productName") ?? loomcastBranding.productName;
  const primary = pick("primaryColor");
  const colors = primary
    ? {
        primary,
        primaryForeground: pick("primaryForegroundColor") ?? readableOn(primary),
        accent: pick("accentColor") ?? mix(primary, "#ffffff", 0.15),
      }
    : {
        ...loomcastBranding.colors,
        ...(pick("accentColor") ? { accent: pick("accentColor")! } : {}),
      };
  return {
    productName,
    logoUrl: pick("logoUrl"),
    faviconUrl: pick("faviconUrl"),
    colors,
    emailSenderName: pick("emailSenderName") ?? productName,
    emailFooter: pick("emailFooter"),
    whiteLabel: true,
  };
}
