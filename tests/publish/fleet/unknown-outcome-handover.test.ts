/**
 * Exactly once across workflow boundaries: X creates the tweet but the answer is lost (the
 * connection drops), so the attempt's outcome is unknown. The next attempt runs in a successor
 * workflow; it sees the unknown outcome before it and asks X whether the post exists instead of
 * posting again: one tweet, the job published with its id.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDbosClient } from "@/server/workflows/dbos-client";
import { approveAs, attemptsOf, publishWorkspace, waitForJob } from "../publish-factory";
import { createPublishHarness, uniqueXText, xChannel } from "../run/harness";
import { runWorkflows } from "./webhook-jobs";

const h = createPublishHarness();
beforeAll(() => h.start(), 60_000);
afterAll(async () => {
  await h.stop();
  await closeDbosClient();
});

it("an attempt whose answer was lost is resolved by looking, in the next attempt's own workflow", async () => {
  const ws = await publishWorkspace();
  const text = await uniqueXText(ws.item.id);
  const channel = await xChannel(h, ws.workspace.id);
  h.x.server.dropNext({ method: "POST", path: /^\/2\/tweets$/ });
  const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [channel.id] });
  const job = await waitForJob(jobIds[0]!, (j) => j.status === "published" || j.status === "failed", 45_000);
  const posted = h.x.posts.filter((p) => p.text === text);
  expect(posted).toHaveLength(1);
  expect(job).toMatchObject({ status: "published", externalId: posted[0]!.id, attempts: 2 });
  expect((await attemptsOf(job.id)).map((a) => [a.number, a.outcome])).toEqual([[1, "unknown"], [2, "found"]]);
  expect((await runWorkflows(job.id)).map((r) => [r.workflow_uuid, r.status])).toEqual([
    [`publish:${job.id}:1`, "SUCCESS"],
    [`publish:${job.id}:1:attempt-2`, "SUCCESS"],
  ]);
  const creates = h.x.server.requests.filter((r) => r.method === "POST" && r.path === "/2/tweets" && (r.json as { text?: string } | null)?.text === text);
  expect(creates).toHaveLength(1);
}, 90_000);
