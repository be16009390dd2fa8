import type { JobStatus } from "./types";

export interface JobFilterValues {
  status: JobStatus | "";
  channelId: string;
}
export const noJobFilters: JobFilterValues = { status: "", channelId: "" };
export const jobsPageSize = 20;

/** The publish.jobs input for a set of filters ("" means no filter). Shared by the page's prefetch and the client. */
export function jobsInput(workspaceSlug: string, f: JobFilterValues) {
  return {
    workspaceSlug,
    limit: jobsPageSize,
    ...(f.status ? { status: f.status } : {}),
    ...(f.channelId ? { channelId: f.channelId } : {}),
  };
}

/** The smallest jobs query, for its per-status counts (the failed count in the nav and the page header). */
export const countsInput = (workspaceSlug: string) => ({ workspaceSlug, limit: 1 });
