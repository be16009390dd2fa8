import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewEditInput } from "./schemas";

export async function editContent(_ctx: WorkspaceServiceContext, _input: ReviewEditInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
