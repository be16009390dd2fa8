import "server-only";

/** The payload of a `loomcast_run_events` notification (see db/0002_run_events_notify.sql). */
import { z } from "zod";

export const runEventsChannel = "loomcast_run_events";

const noteSchema = z.object({
  id: z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]),
  runId: z.string().min(1),
  workspaceId: z.string().min(1),
});
export type RunEventNote = z.infer<typeof noteSchema>;

export function parseRunEventNote(payload: string): RunEventNote | null {
  try {
    const parsed = noteSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
