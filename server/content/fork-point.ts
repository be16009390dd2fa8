import "server-only";

/**
 * Where a retry resumes: the first checkpointed step that did not succeed (a stage that ended the
 * run returns { ok: false }; a step that kept throwing records an error). Every step before it is
 * copied into the fork, so finished stages are not repeated. When no such step was recorded (the
 * workflow was stopped mid-step), the fork starts after the last recorded step.
 */
export type RecordedStep = { functionID: number; name: string; output: unknown; error: unknown };

const notOk = (output: unknown) => typeof output === "object" && output !== null && "ok" in output && (output as { ok: unknown }).ok === false;

export function forkPoint(steps: readonly RecordedStep[]): { startStep: number; name: string | null } {
  const sorted = [...steps].sort((a, b) => a.functionID - b.functionID);
  const failed = sorted.find((s) => (s.error !== null && s.error !== undefined) || notOk(s.output));
  if (failed) return { startStep: failed.functionID, name: failed.name };
  const last = sorted.at(-1);
  return { startStep: last ? last.functionID + 1 : 0, name: null };
}
