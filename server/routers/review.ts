import "server-only";
import { approveContent } from "@/server/review/approve-content";
import { countReviewQueue } from "@/server/review/count-queue";
import { editContent } from "@/server/review/edit-content";
import { getReviewPolicy } from "@/server/review/get-policy";
import { getReviewItem } from "@/server/review/get-review-item";
import { listReviewQueue } from "@/server/review/list-queue";
import { regenerateContent } from "@/server/review/regenerate-content";
import { rejectContent } from "@/server/review/reject-content";
import { requestChanges } from "@/server/review/request-changes";
import {
  reviewApproveInput,
  reviewDecisionInput,
  reviewEditInput,
  reviewItemInput,
  reviewQueueInput,
  reviewRegenerateInput,
  reviewScoreInput,
  setPolicyInput,
} from "@/server/review/schemas";
import { scoreApproval } from "@/server/review/score-approval";
import { setReviewPolicy } from "@/server/review/set-policy";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext as svc } from "@/server/workspaces/service-context";

export const reviewRouter = router({
  /** Items waiting for review (filters: kind, platform, author, age), oldest first, paginated. */
  queue: workspaceProcedure("workspace.view")
    .input(reviewQueueInput)
    .query(({ ctx, input }) => listReviewQueue(svc(ctx), input)),
  /** The number of items in review, for the navigation badge. */
  count: workspaceProcedure("workspace.view").query(({ ctx }) => countReviewQueue(svc(ctx))),
  /** Item, current version, all versions (diff client-side), approval history, policy, next step, what the caller may do. */
  item: workspaceProcedure("workspace.view")
    .input(reviewItemInput)
    .query(({ ctx, input }) => getReviewItem(svc(ctx), input)),
  /** Inline edit: a new version (source "edit"); voids approvals; back to in_review. */
  edit: workspaceProcedure("content.create")
    .input(reviewEditInput)
    .mutation(({ ctx, input }) => editContent(svc(ctx), input)),
  approve: workspaceProcedure("content.approve")
    .input(reviewApproveInput)
    .mutation(({ ctx, input }) => approveContent(svc(ctx), input)),
  requestChanges: workspaceProcedure("content.approve")
    .input(reviewDecisionInput)
    .mutation(({ ctx, input }) => requestChanges(svc(ctx), input)),
  reject: workspaceProcedure("content.approve")
    .input(reviewDecisionInput)
    .mutation(({ ctx, input }) => rejectContent(svc(ctx), input)),
  /** A new generation run on the same item with the reviewer's feedback in the prompts (a review decision). */
  regenerate: workspaceProcedure("content.approve")
    .input(reviewRegenerateInput)
    .mutation(({ ctx, input }) => regenerateContent(svc(ctx), input)),
  /** Quality score 1–5 on one of the caller's own decisions. */
  score: workspaceProcedure("content.approve")
    .input(reviewScoreInput)
    .mutation(({ ctx, input }) => scoreApproval(svc(ctx), input)),
  policy: workspaceProcedure("workspace.view").query(({ ctx }) => getReviewPolicy(svc(ctx))),
  setPolicy: workspaceProcedure("workspace.manage")
    .input(setPolicyInput)
    .mutation(({ ctx, input }) => setReviewPolicy(svc(ctx), input)),
});
