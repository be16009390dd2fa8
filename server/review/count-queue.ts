import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";


export async function countReviewQueue(_ctx: WorkspaceServiceContext): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
