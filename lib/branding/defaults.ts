/** What every tenant sees without white-label: Loomcast's own name, colours and mail signature. */
export interface Branding {
  productName: string;
  /** https URL of the logo; null: Loomcast's mark. */
  logoUrl: string | null;
  /** https URL of the favicon; null: the app's own icon. */
  faviconUrl: string | null;
  colors: { primary: string; primaryForeground: string; accent: string };
  emailSenderName: string;
  /** A line under every mail; null: none beyond the signature. */
  emailFooter: string | null;
  /** True when the organization's plan includes white-label (or billing is disabled) and branding applies. */
  whiteLabel: boolean;
}

export const loomcastBranding: Branding = {
  productName: "Loomcast",
  logoUrl: null,
  faviconUrl: null,
  colors: { primary: "#4f46e5", primaryForeground: "#ffffff", accent: "#e0e7ff" },
  emailSenderName: "Loomcast",
  emailFooter: null,
  whiteLabel: false,
};
