import type { ContentKind } from "@/lib/ai/brief";
import type { PlatformId } from "@/lib/ai/platforms/platform-rules";

export type QueueAge = "today" | "week" | "older";

export interface QueueFilterValues {
  status: "in_review" | "changes_requested";
  kind: ContentKind | "";
  platform: PlatformId | "";
  authorId: string;
  age: QueueAge | "";
}
export const noQueueFilters: QueueFilterValues = { status: "in_review", kind: "", platform: "", authorId: "", age: "" };

export const isFiltered = (f: QueueFilterValues) => Boolean(f.kind || f.platform || f.authorId || f.age);

/** The review.queue input for a set of filters ("" means no filter). Shared by the page's prefetch and the client. */
export function queueInput(workspaceSlug: string, f: QueueFilterValues) {
  return {
    workspaceSlug,
    limit: 20,
    status: f.status,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.platform ? { platform: f.platform } : {}),
    ...(f.authorId ? { authorId: f.authorId } : {}),
    ...(f.age ? { age: f.age } : {}),
  };
}
