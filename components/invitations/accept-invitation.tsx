"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

export function AcceptInvitation({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [leaving, setLeaving] = useState(false);
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: ({ workspaceSlug }) => {
        setLeaving(true);
        router.replace(`/${workspaceSlug}`);
        router.refresh();
      },
    }),
  );

  return (
    <div className="space-y-4">
      {accept.isError && <Alert tone="danger">{errorMessage(accept.error)}</Alert>}
      <p className="text-sm text-zinc-600">
        Signed in as <span className="font-medium text-zinc-900">{email}</span>.
      </p>
      <Button size="lg" className="w-full" loading={accept.isPending || leaving} onClick={() => accept.mutate({ token })}>
        Accept invitation
      </Button>
    </div>
  );
}
