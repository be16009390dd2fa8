import "server-only";
import type { Db } from "@/server/db/client";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";

/** What an analytics query needs: the database and the (already authorized) workspace. */
export type AnalyticsContext = { db: Db; workspace: WorkspaceRef };
