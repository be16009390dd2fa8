import "server-only";

/** How long a run may take from request to review before it is stopped as timed out. */
export const defaultRunTimeoutMs = 10 * 60_000;
/** DBOS's own workflow timeout (a hard stop) comes this long after the run's deadline, which the stages check first. */
export const hardStopGraceMs = 30_000;

export const generationWorkflowId = (runId: string) => `gen:${runId}`;
