"use client";

import { Ban, Check, MessageSquareWarning, Sparkles } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ApproveDialog, type ApproveValues } from "./approve-dialog";
import type { PlannedSchedule } from "./planned-publishing";
import { ScorePicker } from "./score-picker";
import { TextDecisionDialog } from "./text-decision-dialog";
import type { NextStep } from "./types";

export interface DecisionHandlers {
  approve: (values: ApproveValues & { score?: number }) => Promise<unknown>;
  requestChanges: (comment: string, score?: number) => Promise<unknown>;
  reject: (comment: string, score?: number) => Promise<unknown>;
  regenerate: (feedback: string) => Promise<unknown>;
}

/**
 * The reviewer's decisions on the version on screen: approve (optionally scheduled), request
 * changes or reject (a comment is required), regenerate with feedback, and a 1–5 score sent with
 * the decision. `blocked` explains why approving is not possible (own content, wrong role…).
 */
export function DecisionBar({
  versionNumber,
  status,
  next,
  mayDecide,
  mayApprove,
  blocked,
  mayChooseSchedule,
  planned,
  lastFeedback,
  handlers,
}: {
  versionNumber: number;
  status: string;
  next: NextStep | null;
  /** content.approve permission (request changes, reject, regenerate). */
  mayDecide: boolean;
  /** Approve is allowed for this caller on this step. */
  mayApprove: boolean;
  blocked: string | null;
  /** content.publish: the final approval may pick channels and a time. */
  mayChooseSchedule: boolean;
  /** The time chosen at an earlier step, carried by the final approval. */
  planned: PlannedSchedule;
  lastFeedback: string;
  handlers: DecisionHandlers;
}) {
  const [score, setScore] = useState<number | null>(null);
  const scoreArg = score ?? undefined;
  const inReview = status === "in_review";
  const canRegenerate = mayDecide && (status === "in_review" || status === "changes_requested");

  if (!mayDecide) {
    return (
      <Alert tone="info" role="note" title="Read only">
        Your role can read this item and comment on it, but not decide on it. Editors, reviewers, admins and owners can.
      </Alert>
    );
  }

  return (
    <Card aria-label="Decision">
      <CardHeader
        title={inReview && next ? `Your decision on version ${versionNumber}` : "Decision"}
        description={inReview && next ? `Step ${next.number}: ${next.name}${next.kind === "client" ? " (client)" : ""}` : statusNote(status)}
      />
      <CardBody className="space-y-4">
        {inReview && <ScorePicker value={score} onChange={setScore} />}
        {blocked && inReview && (
          <Alert tone="warning" role="status">
            {blocked}
          </Alert>
        )}
        <div className="flex flex-wrap gap-2">
          {inReview && next && (
            <ApproveDialog
              versionNumber={versionNumber}
              finalStep={next.final}
              mayChooseSchedule={mayChooseSchedule}
              planned={planned}
              stepLabel={next.final ? "The last approval step: it becomes ready to publish, now or at the time you pick." : `Step ${next.number} (${next.name}); the next step follows.`}
              onApprove={(values) => handlers.approve({ ...values, score: scoreArg })}
              trigger={
                <Button disabled={!mayApprove}>
                  <Check aria-hidden /> Approve
                </Button>
              }
            />
          )}
          {inReview && (
            <TextDecisionDialog
              title="Request changes"
              description="The item goes back to draft. Your comment is kept and can feed the next generation."
              label="What should change"
              field="comment"
              emptyMessage="Say what should change"
              submitLabel="Request changes"
              onSubmit={(comment) => handlers.requestChanges(comment, scoreArg)}
              trigger={
                <Button variant="secondary">
                  <MessageSquareWarning aria-hidden /> Request changes
                </Button>
              }
            />
          )}
          {inReview && (
            <TextDecisionDialog
              title="Reject"
              description="The item goes back to draft as rejected. Say why, so the author knows what to do next."
              label="Why is it rejected"
              field="comment"
              emptyMessage="Say why it is rejected"
              submitLabel="Reject"
              submitVariant="danger"
              onSubmit={(comment) => handlers.reject(comment, scoreArg)}
              trigger={
                <Button variant="danger-ghost">
                  <Ban aria-hidden /> Reject
                </Button>
              }
            />
          )}
          {canRegenerate && (
            <TextDecisionDialog
              title="Regenerate with feedback"
              description="A new generation run writes the next version with your feedback in the writer's instructions."
              label="Feedback for the writer"
              field="feedback"
              emptyMessage="Tell the writer what to change"
              submitLabel="Regenerate"
              initial={lastFeedback}
              onSubmit={handlers.regenerate}
              trigger={
                <Button variant="secondary">
                  <Sparkles aria-hidden /> Regenerate with feedback
                </Button>
              }
            />
          )}
        </div>
      </CardBody>
    </Card>
  );
}

function statusNote(status: string): string {
  switch (status) {
    case "changes_requested":
      return "Changes were requested. Edit the text or regenerate with feedback; the new version comes back for review.";
    case "approved":
      return "Approved. Editing creates a new version and voids the approval.";
    case "scheduled":
      return "Approved and scheduled. Editing creates a new version and voids the approval.";
    case "generating":
      return "A new version is being generated; it comes back here for review.";
    case "in_review":
      return "Every approval step is done for this version.";
    default:
      return "Nothing to decide in this state.";
  }
}
