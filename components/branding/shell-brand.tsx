"use client";

import { BrandMark } from "./brand-mark";
import { useBranding } from "./use-branding";

/** The product's logo and name in the app shell (the agency's under white-label). */
export function ShellBrand({ className, markClassName }: { className?: string; markClassName?: string }) {
  const branding = useBranding();
  return <BrandMark branding={branding} className={className} markClassName={markClassName} />;
}
