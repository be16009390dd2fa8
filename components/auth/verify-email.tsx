"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck, MailWarning } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/form-errors";
import { homePath } from "@/lib/safe-redirect";
import { useTRPC } from "@/lib/trpc/client";
import { AuthHeading } from "./auth-heading";

/** Confirms the address as soon as the page opens, then says how it went. */
export function VerifyEmail({ token }: { token: string }) {
  const trpc = useTRPC();
  const verify = useMutation(trpc.auth.verifyEmail.mutationOptions());
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    verify.mutate({ token });
  }, [token, verify]);

  if (token && (verify.isIdle || verify.isPending)) {
    return (
      <div className="flex flex-col items-center gap-4 py-10 text-center" aria-live="polite">
        <Spinner className="size-7 text-brand-600" label={null} />
        <p className="text-[15px] text-zinc-600">Confirming your email address…</p>
      </div>
    );
  }

  if (verify.isSuccess) {
    return (
      <>
        <AuthHeading
          icon={<CircleCheck className="text-emerald-600" />}
          title="Email confirmed"
          description="Thanks — your email address is verified. You're all set."
        />
        <Button asChild size="lg" className="w-full">
          <Link href={homePath}>Continue to Loomcast</Link>
        </Button>
      </>
    );
  }

  return (
    <>
      <AuthHeading
        icon={<MailWarning className="text-amber-600" />}
        title="We couldn't confirm your email"
        description={
          <span role="alert">
            {token ? errorMessage(verify.error) : "This link is incomplete."} Sign in and use “Resend email” in the
            banner to get a fresh link.
          </span>
        }
      />
      <Button asChild size="lg" className="w-full">
        <Link href={homePath}>Go to Loomcast</Link>
      </Button>
    </>
  );
}
