import "server-only";
import { DBOS } from "@dbos-inc/dbos-sdk";
import { welcomeWorkspace as definition } from "@/workflows/definitions/welcome-workspace";
import type { z } from "zod";
import { db } from "@/server/db/client";
import { loadWelcomeTarget } from "./load-workspace";
import { markWelcomed } from "./mark-welcomed";
import { sendWelcomeMails } from "./send-welcome-mails";

export type WelcomeWorkspaceInput = z.infer<typeof definition.input>;
export interface WelcomeWorkspaceResult {
  /** When the workspace was marked welcomed (ISO time); null when the workspace no longer exists. */
  welcomedAt: string | null;
  /** Owners who got the welcome mail in this run (empty when they had been welcomed before). */
  recipients: string[];
}

const retry = definition.stepRetry;

/**
 * The proof workflow, enqueued by the web process when a workspace finishes onboarding:
 * 1. load the workspace and its owners, 2. mail the owners, 3. set welcomed_at (once).
 * Each step is checkpointed, so a crash resumes after the last finished step.
 */
async function welcomeWorkspace(raw: WelcomeWorkspaceInput): Promise<WelcomeWorkspaceResult> {
  const { workspaceId } = definition.input.parse(raw);
  const target = await DBOS.runStep(() => loadWelcomeTarget(db, workspaceId), { name: "loadWorkspace", ...retry });
  if (!target) return { welcomedAt: null, recipients: [] };
  const recipients = target.workspace.welcomedAt
    ? []
    : await DBOS.runStep(() => sendWelcomeMails(target), { name: "sendWelcomeMails", ...retry });
  const welcomedAt = await DBOS.runStep(() => markWelcomed(db, workspaceId), { name: "markWelcomed", ...retry });
  return { welcomedAt, recipients };
}

export const welcomeWorkspaceWorkflow = DBOS.registerWorkflow(welcomeWorkspace, { name: definition.name });
