import "server-only";
import { createReviewLink } from "@/server/review-links/create-review-link";
import { decideReviewLink } from "@/server/review-links/decide-review-link";
import { listReviewLinks } from "@/server/review-links/list-review-links";
import { revokeReviewLink } from "@/server/review-links/revoke-review-link";
import {
  reviewLinkCreateInput,
  reviewLinkDecideInput,
  reviewLinkListInput,
  reviewLinkRevokeInput,
  reviewLinkViewInput,
} from "@/server/review-links/schemas";
import { viewReviewLink } from "@/server/review-links/view-review-link";
import { router } from "@/server/trpc/init";
import { publicProcedure, workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext as svc } from "@/server/workspaces/service-context";

export const reviewLinkRouter = router({
  create: workspaceProcedure("content.approve")
    .input(reviewLinkCreateInput)
    .mutation(({ ctx, input }) => createReviewLink(svc(ctx), input)),
  list: workspaceProcedure("content.approve")
    .input(reviewLinkListInput)
    .query(({ ctx, input }) => listReviewLinks(svc(ctx), input)),
  revoke: workspaceProcedure("content.approve")
    .input(reviewLinkRevokeInput)
    .mutation(({ ctx, input }) => revokeReviewLink(svc(ctx), input)),
  /** Public: what the client sees behind the link (one item, its current version, whether they can decide). */
  view: publicProcedure.input(reviewLinkViewInput).query(({ ctx, input }) => viewReviewLink(ctx, input)),
  /** Public: the client's decision on the link's one item. */
  decide: publicProcedure.input(reviewLinkDecideInput).mutation(({ ctx, input }) => decideReviewLink(ctx, input)),
});
