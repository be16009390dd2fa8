import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthHeading } from "@/components/auth/auth-heading";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { homePath } from "@/lib/safe-redirect";
import { auth } from "@/server/auth/config";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  const session = await auth();
  if (session?.user) redirect(homePath);
  return (
    <>
      <AuthHeading
        title="Create your account"
        description="Start your 14-day trial. Set up your brand in two minutes — no card needed."
      />
      <SignUpForm />
      <p className="mt-8 text-center text-sm text-zinc-500">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
