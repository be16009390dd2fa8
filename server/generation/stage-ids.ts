import "server-only";

/** Identifies the run a stage works on, and the workflow that owns the run right now. */
export type StageIds = { runId: string; workspaceId: string; contentItemId: string; workflowId: string };
