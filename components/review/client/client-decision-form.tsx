"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, MessageSquareWarning } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

type Decision = "approve" | "request_changes";

/** The client's decision: their name, a comment (required to request changes), approve or request changes. */
export function ClientDecisionForm({ token, canApprove, reason, stepName }: { token: string; canApprove: boolean; reason: string | null; stepName: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [done, setDone] = useState<Decision | null>(null);
  const decide = useMutation(trpc.reviewLink.decide.mutationOptions());

  async function submit(decision: Decision) {
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = "Tell us your name";
    if (decision === "request_changes" && !comment.trim()) fields.comment = "Say what should change";
    if (Object.keys(fields).length) return setErrors({ message: null, fields });
    setErrors(noFormErrors);
    try {
      await decide.mutateAsync({ token, decision, name: name.trim(), comment: comment.trim() });
      setDone(decision);
      await queryClient.invalidateQueries({ queryKey: trpc.reviewLink.view.queryKey({ token }) });
    } catch (error) {
      setErrors(formErrorsFrom(error, ["name", "comment"]));
    }
  }

  if (done) {
    return (
      <Alert tone="success" role="status" title={done === "approve" ? "Thank you — approved" : "Thank you — your changes were sent"}>
        {done === "approve" ? "The team can see your approval now." : "The team can see your comment and will come back with a new version."}
      </Alert>
    );
  }

  return (
    <Card>
      <CardHeader title="Your decision" description={stepName ? `Step: ${stepName}. Your name and comment are shown to the team.` : "Your name and comment are shown to the team."} />
      <CardBody>
        <form onSubmit={(e) => (e.preventDefault(), void submit(canApprove ? "approve" : "request_changes"))} noValidate className="space-y-4">
          <FormField label="Your name" error={errors.fields.name}>
            <Input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" maxLength={100} required />
          </FormField>
          <FormField label="Comment" optional={canApprove} description="Required when you request changes." error={errors.fields.comment}>
            <Textarea rows={4} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={5000} />
          </FormField>
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          {!canApprove && reason && <p className="text-sm text-zinc-600">{reason}</p>}
          <div className="flex flex-wrap gap-2">
            {canApprove && (
              <Button type="button" loading={decide.isPending && decide.variables?.decision === "approve"} disabled={decide.isPending} onClick={() => void submit("approve")}>
                <Check aria-hidden /> Approve
              </Button>
            )}
            <Button type="button" variant="secondary" loading={decide.isPending && decide.variables?.decision === "request_changes"} disabled={decide.isPending} onClick={() => void submit("request_changes")}>
              <MessageSquareWarning aria-hidden /> Request changes
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
