import type { Metadata } from "next";
import { AccountFrame } from "@/components/account/account-frame";
import { SessionsList } from "@/components/account/sessions-list";
import { requireSession } from "@/lib/auth-redirect";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  await requireSession("/account/sessions");
  await getQueryClient().prefetchQuery(trpc.account.sessions.queryOptions());
  return (
    <AccountFrame
      current="/account/sessions"
      title="Sessions"
      description="Every browser signed in to your account. Sign out one you do not recognise, then change your password."
    >
      <HydrateClient>
        <SessionsList />
      </HydrateClient>
    </AccountFrame>
  );
}
