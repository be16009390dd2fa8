import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewDecisionInput } from "./schemas";

export async function requestChanges(_ctx: WorkspaceServiceContext, _input: ReviewDecisionInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
