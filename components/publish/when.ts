import { zonedToInstant } from "@/lib/time-zone";

/** When to publish: right away, at a wall-clock time in a zone, or at each channel's next queue slot. */
export interface WhenValue {
  mode: "now" | "at" | "queue";
  local: string;
  zone: string;
}

/** What is wrong with the choice, or null (`channelCount` null: not known yet, the server picks). */
export function whenProblem(when: WhenValue, channelCount: number | null): { field: "scheduledFor" | "channels"; message: string } | null {
  if (when.mode === "at") {
    if (!when.local) return { field: "scheduledFor", message: "Pick a date and time" };
    const instant = zonedToInstant(when.local, when.zone);
    if (!instant || instant.getTime() <= Date.now()) return { field: "scheduledFor", message: "Pick a time in the future" };
  }
  if (when.mode === "queue" && channelCount === 0) return { field: "channels", message: "Pick at least one channel to add to its queue" };
  return null;
}

/** publish.schedule's `when`. */
export function scheduleWhen(when: WhenValue) {
  if (when.mode === "at") return { mode: "at" as const, scheduledFor: when.local, timezone: when.zone };
  return { mode: when.mode };
}
