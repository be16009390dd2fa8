import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewRegenerateInput } from "./schemas";

export async function regenerateContent(_ctx: WorkspaceServiceContext, _input: ReviewRegenerateInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
