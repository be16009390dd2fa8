import { Building2 } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Logo } from "@/components/ui/logo";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { handleServerError, requireSession } from "@/lib/auth-redirect";
import { serverCaller } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Your workspaces" };

/** Where "Open app" and a plain sign-in land: the first workspace, or onboarding for a new one. */
export default async function WorkspacesPage() {
  await requireSession("/workspaces");
  const caller = await serverCaller();
  const list = await caller.workspace.list().catch((error: unknown) => handleServerError(error, "/workspaces"));
  const ready = list.find((w) => w.onboarded);
  if (ready) redirect(`/${ready.slug}`);
  const fresh = list[0];
  if (fresh) redirect(`/onboarding?workspace=${encodeURIComponent(fresh.slug)}`);
  return (
    <div className="flex min-h-screen flex-col items-center justify-center gap-8 px-6">
      <Logo />
      <Card className="w-full max-w-md">
        <EmptyState
          icon={<Building2 />}
          title="You're not in any workspace yet"
          description="Ask a teammate to invite you from their Members page. The invitation email brings you straight in."
          action={<SignOutButton />}
        />
      </Card>
    </div>
  );
}
