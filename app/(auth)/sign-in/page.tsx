import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-heading";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeRedirect } from "@/lib/safe-redirect";
import { auth } from "@/server/auth/config";

export const metadata: Metadata = { title: "Sign in" };

/** Errors Auth.js sends back to this page as ?error=… */
const redirectErrors: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Request a new one below.",
  AccessDenied: "We couldn't sign you in with that link. If you don't have an account yet, create one first.",
  RateLimited: "Too many attempts. Please wait a few minutes and try again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirect(params.callbackUrl);
  const session = await auth();
  if (session?.user) redirect(callbackUrl);
  const errorKey = typeof params.error === "string" ? params.error : undefined;
  const initialError = errorKey ? (redirectErrors[errorKey] ?? "We couldn't sign you in. Please try again.") : null;
  const signUpHref = params.callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up";
  return (
    <>
      <AuthHeading title="Welcome back" description="Sign in to plan, review and publish your content." />
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
      <p className="mt-8 text-center text-sm text-zinc-500">
        New to Loomcast?{" "}
        <Link href={signUpHref} className="font-medium text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}
