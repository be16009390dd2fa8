import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BrandingProvider } from "@/components/branding/branding-provider";
import { BrandTheme } from "@/components/branding/brand-theme";
import { brandingMetadata } from "@/server/branding/metadata";
import { brandingForReviewToken } from "@/server/branding/review-link-branding";

type Props = { params: Promise<{ token: string }> };

/** A client's review link in the branding of the agency that sent it (title, favicon, colours). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  return brandingMetadata(await brandingForReviewToken(token));
}

export default async function Layout({ params, children }: Props & { children: ReactNode }) {
  const { token } = await params;
  const branding = await brandingForReviewToken(token);
  return (
    <BrandingProvider branding={branding}>
      <BrandTheme branding={branding} />
      {children}
    </BrandingProvider>
  );
}
