import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewScoreInput } from "./schemas";

export async function scoreApproval(_ctx: WorkspaceServiceContext, _input: ReviewScoreInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
