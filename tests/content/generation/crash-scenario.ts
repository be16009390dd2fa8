/** The worker dies (SIGKILL) mid-run; the same executor restarts and finishes the run without redoing finished stages. */
import { afterEach, expect, it } from "vitest";
import { dbosClient } from "@/server/workflows/dbos-client";
import { callerFor, createOwner } from "@/tests/factories/users";
import { addProvider, briefFor, runRecord, socialRequest, waitForRun } from "../support/fixtures";
import { startStageServer, type StageServer } from "../support/stage-model-server";
import type { Harness } from "./harness";

export function crashScenario(h: Harness) {
  let model: StageServer | undefined;
  afterEach(async () => {
    await model?.close();
  });

  it("worker killed with SIGKILL during the outline stage: after restart the run finishes, research is not repeated", async () => {
    const { user, workspace } = await createOwner();
    model = await startStageServer(briefFor());
    model.on("outline", () => ({ hang: true }));
    await addProvider(workspace.id, { kind: "openai-compatible", label: "Local", baseUrl: model.baseURL, model: "llama3.1", priority: 0 });
    const { runId } = await callerFor(user).content.request({ workspaceSlug: workspace.slug, ...socialRequest });
    await model.waitFor("outline");
    const executorID = h.worker().executorID;

    await h.killAndRestart(() => model!.on("outline", null));

    const run = await waitForRun(runId, undefined, 30_000, h.output);
    expect(run.status).toBe("succeeded");
    expect([model.count("research"), model.count("outline"), model.count("draft")]).toEqual([1, 2, 1]);
    const { steps, item } = await runRecord(runId);
    expect(item.status).toBe("in_review");
    expect(steps.filter((s) => s.stage === "research")).toHaveLength(1);
    const dbos = await dbosClient();
    await expect.poll(async () => (await dbos.getWorkflow(`gen:${runId}`))?.status, { timeout: 5_000 }).toBe("SUCCESS");
    expect((await dbos.getWorkflow(`gen:${runId}`))?.executorId).toBe(executorID);
  });
}
