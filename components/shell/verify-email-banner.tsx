"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { MailWarning } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

/** Shown until the user confirms their email address. */
export function VerifyEmailBanner() {
  const trpc = useTRPC();
  const { data: me } = useSuspenseQuery(trpc.auth.me.queryOptions());
  const [sent, setSent] = useState(false);
  const resend = useMutation(
    trpc.auth.resendVerification.mutationOptions({
      onSuccess: () => {
        setSent(true);
        toast.success("Verification email sent", `Check ${me?.email ?? "your inbox"} for the link.`);
      },
      onError: (error) => toast.error("Couldn't send the email", errorMessage(error)),
    }),
  );
  if (!me || me.emailVerified) return null;

  return (
    <div role="region" aria-label="Account verification" className="border-b border-amber-200 bg-amber-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5 sm:px-8">
        <MailWarning aria-hidden className="size-4 shrink-0 text-amber-600" />
        <p className="flex-1 text-sm text-amber-900">
          <span className="font-medium">Confirm your email address.</span>{" "}
          {sent ? "We sent a new link to " : "We sent a link to "}
          <span className="font-medium">{me.email}</span>.
        </p>
        <Button
          size="sm"
          variant="secondary"
          className="border-amber-300 bg-white text-amber-900 hover:bg-amber-100"
          loading={resend.isPending}
          onClick={() => resend.mutate()}
        >
          Resend email
        </Button>
      </div>
    </div>
  );
}
