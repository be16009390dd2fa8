import type { ContentKind } from "@/lib/ai/brief";
import type { ContentStatus } from "./content-labels";

export interface ContentFilterValues {
  status: ContentStatus | "";
  kind: ContentKind | "";
}
export const noContentFilters: ContentFilterValues = { status: "", kind: "" };

/** The content.list input for a set of filters ("" means no filter). Shared by the page's prefetch and the client. */
export function contentListInput(workspaceSlug: string, f: ContentFilterValues) {
  return { workspaceSlug, limit: 20, ...(f.status ? { status: f.status } : {}), ...(f.kind ? { kind: f.kind } : {}) };
}
