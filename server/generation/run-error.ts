import "server-only";

/** What a failed, timed-out or cancelled run shows the user: where, what, the likely cause, whether a retry may help. */
export type RunError = { stage: string; message: string; cause: string; retryable: boolean };

/** How a run ended when it did not succeed, or why a stage did not go ahead. */
export type RunEnd = "failed" | "cancelled" | "timed_out" | "superseded" | "missing";
