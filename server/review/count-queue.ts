import "server-only";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { countInReview } from "./list-queue";

/** The number of items waiting in review, for the navigation badge. */
export async function countReviewQueue(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">) {
  return { inReview: await countInReview(ctx) };
}
