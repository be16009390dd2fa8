import { CircleX, Clock, MailX, UserCheck, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AuthHeading } from "@/components/auth/auth-heading";
import { AcceptInvitation } from "@/components/invitations/accept-invitation";
import { InviteSignUpForm } from "@/components/invitations/invite-sign-up-form";
import { WrongAccount } from "@/components/invitations/wrong-account";
import { Button } from "@/components/ui/button";
import { homePath } from "@/lib/safe-redirect";
import { serverCaller } from "@/lib/trpc/server";
import { auth } from "@/server/auth/config";
import { roleLabels } from "@/lib/workspaces/permissions";

export const metadata: Metadata = { title: "Join a workspace" };

const closed = {
  expired: { icon: <Clock />, title: "This invitation has expired", text: "Invitations work for 7 days. Ask whoever invited you to send a new one." },
  revoked: { icon: <MailX />, title: "This invitation was withdrawn", text: "It can't be used any more. Ask the workspace's owner or an admin if you still need access." },
  accepted: { icon: <UserCheck />, title: "This invitation was already used", text: "Sign in to open the workspace." },
  invalid: { icon: <CircleX />, title: "This invitation link isn't valid", text: "Check that you copied the whole link from the email, or ask for a new invitation." },
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const caller = await serverCaller();
  const preview = await caller.invitation.preview({ token }).catch(() => null);
  const status = preview?.status ?? "invalid";

  if (!preview || status !== "valid") {
    const c = closed[status === "valid" ? "invalid" : status];
    return (
      <>
        <AuthHeading icon={c.icon} title={c.title} description={c.text} />
        <Button asChild size="lg" className="w-full">
          <Link href={status === "accepted" ? homePath : "/"}>{status === "accepted" ? "Open Loomcast" : "Go to Loomcast"}</Link>
        </Button>
      </>
    );
  }

  const session = await auth();
  const invitePath = `/invite/${encodeURIComponent(token)}`;
  const heading = (
    <AuthHeading
      icon={<Users />}
      title={`Join ${preview.workspaceName}`}
      description={
        <>
          {preview.inviterName ?? "A teammate"} invited you to {preview.workspaceName} on Loomcast as{" "}
          <span className="font-medium text-zinc-800">{roleLabels[preview.role].label.toLowerCase()}</span>:{" "}
          {roleLabels[preview.role].description.charAt(0).toLowerCase() + roleLabels[preview.role].description.slice(1)}
        </>
      }
    />
  );

  if (session?.user?.email) {
    const sameEmail = session.user.email.toLowerCase() === preview.email.toLowerCase();
    return (
      <>
        {heading}
        {sameEmail ? (
          <AcceptInvitation token={token} email={preview.email} />
        ) : (
          <WrongAccount signedInAs={session.user.email} invitedEmail={preview.email} returnTo={invitePath} />
        )}
      </>
    );
  }

  return (
    <>
      {heading}
      {preview.accountExists ? (
        <div className="space-y-4">
          <p className="text-sm text-zinc-600">
            You already have an account as <span className="font-medium text-zinc-900">{preview.email}</span>.
          </p>
          <Button asChild size="lg" className="w-full">
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(invitePath)}`}>Sign in to accept</Link>
          </Button>
        </div>
      ) : (
        <InviteSignUpForm token={token} email={preview.email} />
      )}
    </>
  );
}
