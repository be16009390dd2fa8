import "server-only";
import type { StageName } from "@/server/ai/stage-schemas";
import type { RunError } from "./run-error";
import { midSentence, stageLabels } from "./stages";

/**
 * A run whose workflow was cancelled while the run was still active: not through Loomcast (a
 * member's cancel ends the run first), so by an operator or the workflow engine. Ends the run as
 * failed with this cause (past its deadline it is a time-out instead), wherever it is noticed:
 * by the running stage, the workflow's last words, or the fleet's settle sweep.
 */
export function cancelledOutside(stage: StageName): RunError {
  return {
    stage,
    message: `The run stopped at the ${midSentence(stageLabels[stage])} stage.`,
    cause: "its workflow was cancelled outside Loomcast (by an operator or the workflow engine) before it finished",
    retryable: true,
  };
}
