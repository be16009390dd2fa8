import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { NotificationListInput } from "./schemas";

export async function listNotifications(_ctx: WorkspaceServiceContext, _input: NotificationListInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
