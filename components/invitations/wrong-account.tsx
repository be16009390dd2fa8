"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function WrongAccount({ signedInAs, invitedEmail, returnTo }: { signedInAs: string; invitedEmail: string; returnTo: string }) {
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-4">
      <Alert tone="warning" title="This invitation is for another address">
        It was sent to <strong>{invitedEmail}</strong>, but you&apos;re signed in as <strong>{signedInAs}</strong>. Sign
        out, then sign in or create an account with {invitedEmail}.
      </Alert>
      <Button
        size="lg"
        className="w-full"
        loading={pending}
        onClick={() => {
          setPending(true);
          void signOut({ redirectTo: returnTo });
        }}
      >
        Sign out and continue
      </Button>
    </div>
  );
}
