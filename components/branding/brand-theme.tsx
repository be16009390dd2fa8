import { themeCss, themeTokens } from "@/lib/branding/color";
import type { Branding } from "@/lib/branding/defaults";

/**
 * The tenant's colours as theme tokens: overrides the `--color-brand-*` variables every Tailwind
 * brand class reads, on :root so dialogs and menus rendered in portals follow too. Renders
 * nothing without white-label. Values are validated hex codes, so the CSS cannot be escaped.
 */
export function BrandTheme({ branding }: { branding: Branding }) {
  if (!branding.whiteLabel) return null;
  return <style data-brand-theme>{themeCss(":root", themeTokens(branding.colors))}</style>;
}
