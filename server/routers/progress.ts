import "server-only";
import { z } from "zod";
import { streamRunProgress } from "@/server/realtime/stream-run-progress";
import { runEventsListener } from "@/server/realtime/listener";
import { viewerStillAllowed } from "@/server/realtime/viewer-still-allowed";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";

export const runProgressInput = z.object({
  runId: z.string().min(1).max(64),
  /** Set by the client on reconnect (tracked event ids): resume after this event. */
  lastEventId: z.string().regex(/^\d{1,18}$/, "Not an event id").nullish(),
});

export const progressRouter = router({
  /** Live progress of one generation run over SSE: replays, then streams until the run ends. */
  run: workspaceProcedure("workspace.view")
    .input(runProgressInput)
    .subscription(({ ctx, input, signal }) =>
      streamRunProgress(ctx, input, signal, runEventsListener(), viewerStillAllowed(ctx, input.workspaceSlug, "workspace.view")),
    ),
});
