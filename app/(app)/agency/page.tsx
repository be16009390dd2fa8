import { Building2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AgencyFrame } from "@/components/agency/agency-frame";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { handleServerError, requireSession } from "@/lib/auth-redirect";
import { serverCaller } from "@/lib/trpc/server";
import { brandingForRequest } from "@/server/branding/request-branding";

export const metadata: Metadata = { title: "Agency overview" };

/** The organizations the user runs as agency staff; with one, straight to its overview. */
export default async function Page() {
  await requireSession("/agency");
  const caller = await serverCaller();
  const agencies = await caller.agency.agencies().catch((error: unknown) => handleServerError(error, "/agency"));
  if (agencies.length === 1) redirect(`/agency/${agencies[0]!.id}`);
  const branding = await brandingForRequest();
  return (
    <AgencyFrame branding={branding} title="Agency overview">
      <Card>
        {agencies.length === 0 ? (
          <EmptyState
            icon={<Building2 />}
            title="You do not run any organization"
            description="The overview is for an organization's owners and admins. Open your workspace from the switcher instead."
            action={<Link href="/workspaces" className="font-medium text-brand-700 underline">Your workspaces</Link>}
          />
        ) : (
          <ul className="divide-y divide-zinc-100">
            {agencies.map((a) => (
              <li key={a.id}>
                <Link href={`/agency/${a.id}`} className="block px-5 py-4 font-medium text-zinc-900 hover:bg-zinc-50">
                  {a.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </AgencyFrame>
  );
}
