"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { LogOut, MonitorSmartphone } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { formatDateTime, formatRelative, pluralize } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";

const methods: Record<string, string> = { credentials: "password", email: "email link" };

/** The user's signed-in browsers, this one first, each with "Sign out"; and "sign out everywhere else". */
export function SessionsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: sessions } = useSuspenseQuery(trpc.account.sessions.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.account.sessions.queryFilter());
  const signOutOne = useMutation(trpc.account.signOutSession.mutationOptions({ onSettled: refresh }));
  const signOutOthers = useMutation(trpc.account.signOutOtherSessions.mutationOptions({ onSettled: refresh }));
  const others = sessions.filter((s) => !s.current);

  return (
    <Card>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-zinc-100 px-5 py-4">
        <h2 className="text-base font-semibold text-zinc-950">Signed-in browsers</h2>
        {others.length > 0 && (
          <ConfirmDialog
            trigger={<Button variant="secondary">Sign out everywhere else</Button>}
            title="Sign out every other browser?"
            description={`${pluralize(others.length, "other session")} will be signed out at once. This browser stays signed in.`}
            confirmLabel="Sign out everywhere else"
            onConfirm={async () => {
              const { sessionsEnded } = await signOutOthers.mutateAsync();
              toast.success(`${pluralize(sessionsEnded, "session")} signed out`);
            }}
          />
        )}
      </div>
      {sessions.length === 0 ? (
        <EmptyState icon={<MonitorSmartphone />} title="No active sessions" description="Sign in again to see this browser here." />
      ) : (
        <ul className="divide-y divide-zinc-100" aria-label="Active sessions">
          {sessions.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-4 px-5 py-4" aria-label={`${s.device}${s.current ? " (this browser)" : ""}`}>
              <div className="min-w-0 flex-1">
                <p className="flex items-center gap-2 font-medium text-zinc-900">
                  {s.device} {s.current && <Badge tone="success">This browser</Badge>}
                </p>
                <p className="mt-0.5 text-[13px] text-zinc-500">
                  {s.ip ?? "Unknown address"} · signed in {formatDateTime(s.createdAt)} with {methods[s.method] ?? s.method} · last active{" "}
                  <time dateTime={new Date(s.lastSeenAt).toISOString()}>{formatRelative(s.lastSeenAt)}</time>
                </p>
                {s.userAgent && <p className="mt-0.5 truncate text-xs text-zinc-400" title={s.userAgent}>{s.userAgent}</p>}
              </div>
              {!s.current && (
                <Button
                  variant="ghost"
                  className="shrink-0"
                  aria-label={`Sign out ${s.device} (signed in ${formatDateTime(s.createdAt)})`}
                  loading={signOutOne.isPending && signOutOne.variables?.sessionId === s.id}
                  onClick={() =>
                    signOutOne.mutate(
                      { sessionId: s.id },
                      { onSuccess: () => toast.success(`${s.device} signed out`), onError: (e) => toast.error("Could not sign out that session", errorMessage(e)) },
                    )
                  }
                >
                  <LogOut aria-hidden /> Sign out
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
