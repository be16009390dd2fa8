"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { ChannelCard } from "./channel-card";
import { ConnectGrid } from "./connect-grid";

/** /<ws>/channels: the connected channels (blog first), and the platforms to connect. */
export function ChannelsPage() {
  const trpc = useTRPC();
  const { slug, can, workspace } = useWorkspace();
  const { data: channels } = useSuspenseQuery(trpc.channel.list.queryOptions({ workspaceSlug: slug }));
  const { data: available } = useSuspenseQuery(trpc.channel.available.queryOptions({ workspaceSlug: slug }));
  const canManage = can("channels.manage");
  const oauthError = useOAuthReturn(channels);

  return (
    <>
      <PageHeader
        title="Channels"
        description={`Where ${workspace.name} publishes: its blog and the social accounts and webhooks connected here.${canManage ? "" : " Your role can see the channels; owners and admins connect and change them."}`}
      />
      {oauthError && (
        <Alert tone="danger" title="The channel was not connected" className="mb-6" action={<Button variant="ghost" size="sm" onClick={oauthError.dismiss}>Dismiss</Button>}>
          {oauthError.message}
        </Alert>
      )}
      <section aria-labelledby="connected-heading" className="mb-8">
        <h2 id="connected-heading" className="mb-3 text-[15px] font-semibold text-zinc-950">
          Connected
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {channels.map((c) => (
            <ChannelCard key={c.id} slug={slug} channel={c} canManage={canManage} />
          ))}
        </ul>
      </section>
      {canManage && <ConnectGrid slug={slug} available={available} />}
    </>
  );
}

/** After the platform sends the browser back: ?connected=<id> → a toast; ?error=<message> → an alert. Both are then cleared from the URL. */
function useOAuthReturn(channels: { id: string; name: string }[]) {
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [error, setError] = useState<string | null>(null);
  const connected = search.get("connected");
  const failed = search.get("error");
  const handled = useRef<string | null>(null);
  useEffect(() => {
    const key = `${connected}|${failed}`;
    if ((!connected && !failed) || handled.current === key) return;
    handled.current = key;
    if (connected) toast.success("Channel connected", channels.find((c) => c.id === connected)?.name);
    if (failed) setError(failed);
    router.replace(pathname, { scroll: false });
  }, [connected, failed, channels, router, pathname]);
  return error ? { message: error, dismiss: () => setError(null) } : null;
}
