import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Logo } from "@/components/ui/logo";
import { OnboardingForm } from "@/components/onboarding/onboarding-form";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { handleServerError, requireSession } from "@/lib/auth-redirect";
import { homePath } from "@/lib/safe-redirect";
import { serverCaller } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Set up your brand" };

export default async function OnboardingPage({ searchParams }: { searchParams: Promise<{ workspace?: string }> }) {
  const { workspace: slug } = await searchParams;
  const returnTo = `/onboarding${slug ? `?workspace=${encodeURIComponent(slug)}` : ""}`;
  const user = await requireSession(returnTo);
  if (!slug) redirect(homePath);
  const caller = await serverCaller();
  const workspace = await caller.workspace.get({ workspaceSlug: slug }).catch((error: unknown) => handleServerError(error, returnTo));
  if (workspace.onboardedAt) redirect(`/${workspace.slug}`);
  const firstName = user.name?.split(" ")[0];
  // Only someone who may manage the workspace sets it up; everyone else waits for them.
  const mayOnboard = workspace.permissions.includes("workspace.manage");

  return (
    <div className="relative flex min-h-screen flex-col bg-white">
      <div aria-hidden className="pointer-events-none absolute inset-x-0 top-0 h-80 bg-[radial-gradient(60%_100%_at_50%_0%,var(--color-brand-50),transparent)]" />
      <header className="relative flex items-center justify-between px-6 py-6 sm:px-10">
        <Logo />
        <p className="text-[13px] text-zinc-500">
          Signed in as <span className="font-medium text-zinc-700">{user.email}</span>
        </p>
      </header>
      <main className="relative mx-auto flex w-full max-w-lg flex-1 flex-col justify-center px-6 pb-24">
        {mayOnboard ? (
          <>
            <p className="text-[13px] font-medium text-brand-600">Getting started · Your brand</p>
            <h1 className="mt-2 text-[28px] leading-9 font-semibold tracking-tight text-zinc-950">
              {firstName ? `Welcome, ${firstName}. ` : ""}Tell us about your brand
            </h1>
            <p className="mt-2 text-[15px] leading-6 text-zinc-500">
              Loomcast writes in your brand&apos;s name and voice. Start with the basics — you can change them any time in
              Settings.
            </p>
            <OnboardingForm workspaceSlug={workspace.slug} />
          </>
        ) : (
          <>
            <h1 className="text-[28px] leading-9 font-semibold tracking-tight text-zinc-950">This workspace is still being set up</h1>
            <p className="mt-2 text-[15px] leading-6 text-zinc-500">
              An owner or admin of {workspace.organization.name} has to name the brand first. Check back in a little while.
            </p>
            <div className="mt-8">
              <SignOutButton />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
