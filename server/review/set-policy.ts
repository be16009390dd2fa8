import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { SetPolicyInput } from "./schemas";

export async function setReviewPolicy(_ctx: WorkspaceServiceContext, _input: SetPolicyInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
