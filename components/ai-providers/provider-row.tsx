"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, KeyRound, Pencil, PlugZap } from "lucide-react";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";
import { kindInfo } from "@/lib/ai-providers/kinds";
import type { ProviderView } from "@/server/ai-providers/provider-view";
import type { TestResult as Result } from "@/server/ai-providers/test-ai-provider";
import { KindIcon } from "./kind-icon";
import { ProviderDialog } from "./provider-dialog";
import { RemoveProviderDialog } from "./remove-provider-dialog";
import { Switch } from "./switch";
import { TestResult } from "./test-result";
import { useRefreshProviders } from "./use-refresh-providers";

type Props = {
  provider: ProviderView;
  position: number;
  editable: boolean;
  onMove?: (direction: -1 | 1) => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  moving: boolean;
};

export function ProviderRow({ provider, position, editable, onMove, canMoveUp, canMoveDown, moving }: Props) {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const refresh = useRefreshProviders();
  const [result, setResult] = useState<Result | null>(null);
  const setEnabled = useMutation(trpc.aiProvider.setEnabled.mutationOptions());
  const test = useMutation(trpc.aiProvider.test.mutationOptions());

  async function toggle(enabled: boolean) {
    try {
      await setEnabled.mutateAsync({ workspaceSlug: slug, id: provider.id, enabled });
      await refresh();
    } catch (error) {
      toast.error(errorMessage(error));
    }
  }

  async function runTest() {
    setResult(null);
    try {
      setResult(await test.mutateAsync({ workspaceSlug: slug, id: provider.id }));
    } catch (error) {
      setResult({ ok: false, latencyMs: 0, message: errorMessage(error) });
    }
  }

  const indent = "pl-[5.5rem]";
  return (
    <li className="px-5 py-4 sm:px-6">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-3">
        <span aria-hidden className="w-5 pt-2 text-center font-mono text-[13px] font-medium text-zinc-400">
          {position}
        </span>
        <KindIcon kind={provider.kind} className={cn(!provider.enabled && "opacity-50 grayscale")} />
        <div className={cn("min-w-0 flex-1 basis-40", !provider.enabled && "opacity-60")}>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium text-zinc-900">
            <span className="sr-only">{position}. </span>
            {provider.label}
            <Badge tone="muted">{kindInfo[provider.kind].label}</Badge>
            {!provider.enabled && <Badge tone="warning">Off</Badge>}
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-[13px] text-zinc-500">
            <span className="font-mono break-all text-zinc-700">{provider.model}</span>
            {provider.baseUrl && <span className="font-mono break-all">{provider.baseUrl}</span>}
            <span className="inline-flex items-center gap-1">
              <KeyRound aria-hidden className="size-3.5" />
              {provider.hasKey ? <span className="font-mono">{provider.keyHint}</span> : "No key"}
            </span>
          </p>
        </div>
        <div className={"flex items-center gap-1 max-sm:w-full max-sm:pl-[5.5rem]"}>
          <Switch
            checked={provider.enabled}
            onCheckedChange={toggle}
            disabled={!editable || setEnabled.isPending}
            aria-label={`Use ${provider.label}`}
            className="mr-2"
          />
          {editable && (
            <>
              <Button variant="ghost" size="icon-sm" data-move={`${provider.id}:-1`} aria-label={`Move ${provider.label} up`} disabled={!canMoveUp || moving} onClick={() => onMove?.(-1)}>
                <ArrowUp aria-hidden />
              </Button>
              <Button variant="ghost" size="icon-sm" data-move={`${provider.id}:1`} aria-label={`Move ${provider.label} down`} disabled={!canMoveDown || moving} onClick={() => onMove?.(1)}>
                <ArrowDown aria-hidden />
              </Button>
            </>
          )}
        </div>
      </div>
      {editable && (
        <div className={cn("mt-2 flex items-center gap-1", indent)}>
          <Button variant="secondary" size="sm" onClick={runTest} loading={test.isPending}>
            {!test.isPending && <PlugZap aria-hidden />}
            Test<span className="sr-only"> {provider.label}</span>
          </Button>
          <ProviderDialog
            provider={provider}
            trigger={
              <Button variant="ghost" size="sm">
                <Pencil aria-hidden />
                Edit<span className="sr-only"> {provider.label}</span>
              </Button>
            }
          />
          <RemoveProviderDialog provider={provider} />
        </div>
      )}
      <div aria-live="polite" className={cn("empty:hidden", indent)}>
        {provider.keyProblem && <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-[13px] text-amber-900">{provider.keyProblem}</p>}
        {result && <TestResult result={result} className="mt-3" />}
      </div>
    </li>
  );
}
