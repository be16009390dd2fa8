import { ArrowLeft, Inbox, MailOpen } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeading } from "@/components/auth/auth-heading";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { devMailboxServed } from "@/server/mail/dev-mailbox-served";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <>
      <AuthHeading
        icon={<MailOpen />}
        title="Check your email"
        description={
          <>
            We sent a sign-in link to {email ? <strong className="font-medium text-zinc-900">{email}</strong> : "your inbox"}.
            The link works once and expires in 24 hours.
          </>
        }
      />
      <div className="space-y-4">
        <Alert tone="info">Can&apos;t find it? Look in your spam or promotions folder, or request a new link.</Alert>
        {devMailboxServed() && (
          <Button asChild variant="secondary" className="w-full">
            <Link href="/dev/mailbox">
              <Inbox aria-hidden /> Open the dev mailbox
            </Link>
          </Button>
        )}
        <Button asChild variant="ghost" className="w-full">
          <Link href="/sign-in">
            <ArrowLeft aria-hidden /> Back to sign in
          </Link>
        </Button>
      </div>
    </>
  );
}
