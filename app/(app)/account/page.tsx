import type { Metadata } from "next";
import { AccountFrame } from "@/components/account/account-frame";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountCard } from "@/components/account/delete-account-card";
import { handleServerError, requireSession } from "@/lib/auth-redirect";
import { serverCaller } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireSession("/account");
  const caller = await serverCaller();
  const { hasPassword } = await caller.account.security().catch((error: unknown) => handleServerError(error, "/account"));
  return (
    <AccountFrame current="/account" title="Your account" description={`Signed in as ${user.email ?? "you"}.`}>
      <ChangePasswordForm hasPassword={hasPassword} />
      <DeleteAccountCard email={user.email ?? ""} hasPassword={hasPassword} />
    </AccountFrame>
  );
}
