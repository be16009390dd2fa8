import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { NotificationMarkReadInput } from "./schemas";

export async function markRead(_ctx: WorkspaceServiceContext, _input: NotificationMarkReadInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
