"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Copy, Link2, Plus } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";

const tones = { active: "success", expired: "muted", revoked: "danger" } as const;

async function copy(url: string) {
  try {
    await navigator.clipboard.writeText(url);
    toast.success("Link copied");
  } catch {
    toast.error("Couldn't copy", "Select the link and copy it by hand.");
  }
}

/** Client review links: create one (copy it right away), see each link's state, revoke. */
export function ReviewLinksCard({ slug, contentItemId }: { slug: string; contentItemId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { workspaceSlug: slug, contentItemId };
  const links = useQuery(trpc.reviewLink.list.queryOptions(input));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.reviewLink.list.queryKey(input) });
  const create = useMutation(trpc.reviewLink.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.reviewLink.revoke.mutationOptions({ onSuccess: refresh }));
  const [days, setDays] = useState(7);
  const [fresh, setFresh] = useState<string | null>(null);

  return (
    <Card>
      <CardHeader title="Client review links" description="Someone without an account can approve or request changes on this item through a signed link." />
      <CardBody className="space-y-4">
        <div className="flex flex-wrap items-end gap-3">
          <FormField label="Expires after" className="w-40">
            <Select value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {[1, 3, 7, 14, 30].map((d) => (
                <option key={d} value={d}>
                  {d} {d === 1 ? "day" : "days"}
                </option>
              ))}
            </Select>
          </FormField>
          <Button
            loading={create.isPending}
            onClick={async () => {
              try {
                const link = await create.mutateAsync({ ...input, expiresInDays: days });
                setFresh(link.url);
                await copy(link.url);
              } catch (e) {
                toast.error("Couldn't create the link", errorMessage(e));
              }
            }}
          >
            <Plus aria-hidden /> Create link
          </Button>
        </div>
        {fresh && (
          <div className="flex gap-2" role="status">
            <Input readOnly value={fresh} aria-label="New review link" onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
            <Button variant="secondary" onClick={() => void copy(fresh)}>
              <Copy aria-hidden /> Copy
            </Button>
          </div>
        )}
        {links.isError && <Alert tone="danger">{errorMessage(links.error)}</Alert>}
        {links.data && links.data.length > 0 && (
          <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200">
            {links.data.map((link) => (
              <li key={link.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm">
                <Link2 aria-hidden className="size-4 text-zinc-400" />
                <Badge tone={tones[link.state]}>{link.state}</Badge>
                <span className="text-zinc-600" suppressHydrationWarning>
                  {link.state === "revoked" && link.revokedAt ? `revoked ${formatDateTime(link.revokedAt)}` : `${link.state === "expired" ? "expired" : "expires"} ${formatDateTime(link.expiresAt)}`}
                </span>
                <span className="text-xs text-zinc-500">
                  by {link.createdBy ?? "someone"}
                  {link.lastUsedAt && " · opened"}
                </span>
                <span className="ml-auto flex gap-1">
                  {link.state === "active" && (
                    <>
                      <Button variant="ghost" size="sm" onClick={() => void copy(link.url)}>
                        <Copy aria-hidden /> Copy
                      </Button>
                      <ConfirmDialog
                        title="Revoke this link?"
                        description="Whoever has it can no longer open the item or decide on it. Create a new link to share again."
                        confirmLabel="Revoke"
                        onConfirm={() => revoke.mutateAsync({ workspaceSlug: slug, linkId: link.id })}
                        trigger={
                          <Button variant="danger-ghost" size="sm">
                            Revoke
                          </Button>
                        }
                      />
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
