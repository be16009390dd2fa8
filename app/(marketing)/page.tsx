import type { Metadata } from "next";
import { FinalCta } from "@/components/marketing/final-cta";
import { Features } from "@/components/marketing/features";
import { Hero } from "@/components/marketing/hero";
import { LoopSection } from "@/components/marketing/loop-section";
import { MarketingFooter } from "@/components/marketing/marketing-footer";
import { MarketingHeader } from "@/components/marketing/marketing-header";
import { PricingTeaser } from "@/components/marketing/pricing-teaser";
import { auth } from "@/server/auth/config";

export const metadata: Metadata = {
  title: { absolute: "Loomcast — on-brand content, approved and published, getting better every week" },
};

export default async function Home() {
  const session = await auth();
  const signedIn = Boolean(session?.user);
  return (
    <div className="bg-white">
      <MarketingHeader signedIn={signedIn} />
      <main>
        <Hero signedIn={signedIn} />
        <LoopSection />
        <Features />
        <PricingTeaser />
        <FinalCta signedIn={signedIn} />
      </main>
      <MarketingFooter />
    </div>
  );
}
