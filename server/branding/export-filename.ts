import "server-only";
import type { Branding } from "@/lib/branding/defaults";

/** A filesystem-safe slug of the product name ("Acme Studio" → "acme-studio"). */
function fileSlug(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug || "export";
}

/**
 * An export's file name under the tenant's product name: brandedFilename(b, "analytics-2026-11.csv")
 * → "acme-studio-analytics-2026-11.csv" (Loomcast's own → "loomcast-analytics-2026-11.csv").
 */
export function brandedFilename(branding: Pick<Branding, "productName">, base: string): string {
  const safeBase = base.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+/, "");
  return `${fileSlug(branding.productName)}-${safeBase || "export"}`;
}
