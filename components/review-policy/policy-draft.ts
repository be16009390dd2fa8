/** The review policy as the settings form edits it: steps carry a local key so React can track moves. */
export type StepKind = "role" | "client";
export type PolicyStep = { name: string; kind: StepKind };
export type DraftStep = PolicyStep & { key: number };
export type PolicyDraft = { allowSelfApproval: boolean; steps: DraftStep[] };

export const maxSteps = 5;
export const maxStepName = 60;

export const stepKindLabels: Record<StepKind, { label: string; description: string }> = {
  role: { label: "Team member (approve permission)", description: "Any member who may approve content signs off in the app." },
  client: { label: "Client (review link)", description: "Someone outside the workspace decides through a review link, no account needed." },
};

let nextKey = 1;
export const newKey = () => nextKey++;

export function toDraft(policy: { allowSelfApproval: boolean; steps: PolicyStep[] }): PolicyDraft {
  return { allowSelfApproval: policy.allowSelfApproval, steps: policy.steps.map((s) => ({ name: s.name, kind: s.kind, key: newKey() })) };
}

export function toInput(draft: PolicyDraft) {
  return { allowSelfApproval: draft.allowSelfApproval, steps: draft.steps.map((s) => ({ name: s.name.trim(), kind: s.kind })) };
}

export function isDirty(draft: PolicyDraft, saved: { allowSelfApproval: boolean; steps: PolicyStep[] }): boolean {
  return JSON.stringify(toInput(draft)) !== JSON.stringify({ allowSelfApproval: saved.allowSelfApproval, steps: saved.steps.map((s) => ({ name: s.name, kind: s.kind })) });
}

/** Moves the step at `index` by `delta` places (-1 up, +1 down); out-of-range moves change nothing. */
export function moveStep<T>(steps: T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= steps.length) return steps;
  const next = [...steps];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The same checks the server makes, per field ("steps.0.name"), so mistakes show before saving. */
export function validateDraft(draft: PolicyDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  draft.steps.forEach((s, i) => {
    const name = s.name.trim();
    if (!name) errors[`steps.${i}.name`] = "Name the step";
    else if (name.length > maxStepName) errors[`steps.${i}.name`] = `Keep the name under ${maxStepName + 1} characters`;
  });
  if (draft.steps.length < 1) errors.steps = "Keep at least one approval step";
  if (draft.steps.length > maxSteps) errors.steps = `At most ${maxSteps} approval steps`;
  return errors;
}
