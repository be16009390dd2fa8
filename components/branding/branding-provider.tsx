"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Branding } from "@/lib/branding/defaults";

const BrandingContext = createContext<Branding | null>(null);

/** Branding for pages outside the workspace shell (the client review link), resolved on the server. */
export function BrandingProvider({ branding, children }: { branding: Branding; children: ReactNode }) {
  return <BrandingContext.Provider value={branding}>{children}</BrandingContext.Provider>;
}

/** The surrounding BrandingProvider's branding, or null outside one. */
export function useOptionalBranding(): Branding | null {
  return useContext(BrandingContext);
}
