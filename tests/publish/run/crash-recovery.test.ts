/**
 * The worker is SIGKILLed after X received the post but before the delivery was recorded. The
 * restarted worker (same executor id, so DBOS recovers the workflow) must find the post instead
 * of posting again: exactly one tweet, and the job published with its id.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDbosClient } from "@/server/workflows/dbos-client";
import { approveAs, attemptsOf, jobRow, publishWorkspace, waitForJob } from "../publish-factory";
import { createPublishHarness, uniqueXText, xChannel } from "./harness";

const h = createPublishHarness();
beforeAll(() => h.start(), 60_000);
afterAll(async () => {
  await h.stop();
  await closeDbosClient();
});

it("a crash between 'request sent' and 'delivery recorded' neither loses nor doubles the post", async () => {
  const ws = await publishWorkspace();
  const text = await uniqueXText(ws.item.id);
  const channel = await xChannel(h, ws.workspace.id);
  // X creates the tweet, but its answer is held until the worker is dead.
  const held = h.x.server.hold({ method: "POST", path: /^\/2\/tweets$/ });
  const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [channel.id] });
  const request = await held.reached;
  expect((request.json as { text: string }).text).toBe(text);
  expect(h.x.posts.filter((p) => p.text === text)).toHaveLength(1);
  expect((await jobRow(jobIds[0]!)).status).toBe("publishing");

  await h.killAndRestart(() => held.release());

  const job = await waitForJob(jobIds[0]!, (j) => j.status === "published" || j.status === "failed", 45_000);
  const posted = h.x.posts.filter((p) => p.text === text);
  expect(posted).toHaveLength(1);
  expect(job).toMatchObject({ status: "published", externalId: posted[0]!.id });
  // The attempt was claimed before the call; after the restart it was resolved by looking, not by posting.
  expect((await attemptsOf(job.id)).map((a) => a.outcome)).toEqual(["found"]);
  const creates = h.x.server.requests.filter((r) => r.method === "POST" && r.path === "/2/tweets" && (r.json as { text?: string } | null)?.text === text);
  expect(creates).toHaveLength(1);
}, 90_000);
