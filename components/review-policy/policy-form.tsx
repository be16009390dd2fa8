"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Switch } from "@/components/ai-providers/switch";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { toast } from "@/components/ui/toast";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { isDirty, maxSteps, moveStep, newKey, toDraft, toInput, validateDraft, type PolicyDraft } from "./policy-draft";
import { StepRow } from "./step-row";

const serverFields = ["steps", "allowSelfApproval"] as const;

/** Edits the approval steps and the self-approval rule; saves them together. */
export function PolicyForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = useWorkspace();
  const { data: saved } = useSuspenseQuery(trpc.review.policy.queryOptions({ workspaceSlug: slug }));
  const [draft, setDraft] = useState<PolicyDraft>(() => toDraft(saved));
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const pendingFocus = useRef<{ key: number; dir: "up" | "down" } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const save = useMutation(trpc.review.setPolicy.mutationOptions());
  const dirty = isDirty(draft, saved);

  // After a move, keep focus on the moved step's button (or its other arrow when that one is now disabled).
  useEffect(() => {
    const want = pendingFocus.current;
    pendingFocus.current = null;
    if (!want || !listRef.current) return;
    const row = listRef.current.querySelector(`[data-step-key="${want.key}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`[data-move="${want.dir}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${want.dir === "up" ? "down" : "up"}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [draft.steps]);

  const update = (next: PolicyDraft) => {
    setDraft(next);
    if (Object.keys(errors.fields).length > 0 || errors.message) setErrors(noFormErrors);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateDraft(draft);
    if (Object.keys(found).length > 0) {
      setErrors({ message: null, fields: found });
      return;
    }
    try {
      const result = await save.mutateAsync({ workspaceSlug: slug, ...toInput(draft) });
      queryClient.setQueryData(trpc.review.policy.queryKey({ workspaceSlug: slug }), result);
      await queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() });
      setDraft(toDraft(result));
      setErrors(noFormErrors);
      toast.success("Review policy saved", "Items already in review now need these steps too.");
    } catch (error) {
      setErrors(formErrorsFrom(error, serverFields));
    }
  }

  const atMax = draft.steps.length >= maxSteps;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Card>
        <CardHeader
          title="Approval steps"
          description="Each version needs every step, in order. Editing voids approvals: an edited version starts again at step 1. One person signs off at most one step of a version."
        />
        <CardBody className="space-y-4">
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          <ol ref={listRef} aria-label="Approval steps" className="space-y-3">
            {draft.steps.map((step, index) => (
              <StepRow
                key={step.key}
                step={step}
                index={index}
                count={draft.steps.length}
                error={errors.fields[`steps.${index}.name`]}
                disabled={save.isPending}
                onChange={(next) => update({ ...draft, steps: draft.steps.map((s, i) => (i === index ? next : s)) })}
                onMove={(delta) => {
                  pendingFocus.current = { key: step.key, dir: delta < 0 ? "up" : "down" };
                  update({ ...draft, steps: moveStep(draft.steps, index, delta) });
                }}
                onRemove={() => update({ ...draft, steps: draft.steps.filter((_, i) => i !== index) })}
              />
            ))}
          </ol>
          {errors.fields.steps && (
            <p role="alert" className="text-[13px] leading-5 text-red-600">
              {errors.fields.steps}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <Button
              type="button"
              variant="secondary"
              size="sm"
              disabled={atMax || save.isPending}
              onClick={() => update({ ...draft, steps: [...draft.steps, { key: newKey(), name: "", kind: "role" }] })}
            >
              <Plus aria-hidden /> Add step
            </Button>
            <span className="text-[13px] text-zinc-500">{atMax ? `That is the maximum of ${maxSteps} steps.` : `Up to ${maxSteps} steps.`}</span>
          </div>
          <div className="flex items-start gap-3 rounded-xl border border-zinc-200 bg-zinc-50/70 p-4">
            <Switch
              id="allow-self-approval"
              className="mt-0.5"
              checked={draft.allowSelfApproval}
              disabled={save.isPending}
              aria-describedby="allow-self-approval-description"
              onCheckedChange={(next) => update({ ...draft, allowSelfApproval: next })}
            />
            <div className="min-w-0 text-sm">
              <label htmlFor="allow-self-approval" className="font-medium text-zinc-900">
                Let authors approve their own content
              </label>
              <p id="allow-self-approval-description" className="mt-0.5 text-[13px] leading-5 text-zinc-500">
                When off, whoever created an item cannot approve it; a teammate has to. Client steps are decided through the review link either way.
              </p>
              {errors.fields.allowSelfApproval && <p className="mt-1 text-[13px] text-red-600">{errors.fields.allowSelfApproval}</p>}
            </div>
          </div>
        </CardBody>
        <CardFooter>
          <p className="text-[13px] leading-5 text-zinc-500">Changes apply to items already in review too: they need the new steps before they count as approved.</p>
          <div className="flex gap-2">
            <Button type="button" variant="ghost" disabled={!dirty || save.isPending} onClick={() => update(toDraft(saved))}>
              Discard
            </Button>
            <Button type="submit" disabled={!dirty} loading={save.isPending}>
              Save changes
            </Button>
          </div>
        </CardFooter>
      </Card>
    </form>
  );
}
