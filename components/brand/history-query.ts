export const historyPageSize = 20;

/** The brand.versions input of the history panel (shared by the page's prefetch and the panel). */
export function historyInput(workspaceSlug: string) {
  return { workspaceSlug, limit: historyPageSize };
}
