import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/env";
import { db } from "@/server/db/client";
import { runEventsListener } from "@/server/realtime/listener";
import { RunEventsListener } from "@/server/realtime/run-events-listener";
import { streamRunProgress, type RunProgressEvent } from "@/server/realtime/stream-run-progress";
import { createCaller } from "@/server/routers/app";
import { createInnerContext, type SessionUser } from "@/server/trpc/context";
import { createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { finishRun, insertEvent, insertRun } from "./run-factory";

type Envelope = [id: string, data: RunProgressEvent, ...rest: unknown[]];

/** Opens progress.run as `user` and returns a reader that takes events one at a time. */
async function open(user: SessionUser | null, input: { workspaceSlug: string; runId: string; lastEventId?: string }) {
  const abort = new AbortController();
  const caller = createCaller(createInnerContext({ user }), { signal: abort.signal });
  const iterable = (await caller.progress.run(input)) as AsyncIterable<unknown>;
  const iterator = iterable[Symbol.asyncIterator]();
  return {
    abort,
    /** The next event, or "done" when the stream ended; fails after `ms`. */
    async next(ms = 5000): Promise<RunProgressEvent & { trackedId: string } | "done"> {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms)));
      const result = await Promise.race([iterator.next(), timeout]).finally(() => clearTimeout(timer));
      if (result.done) return "done";
      const [trackedId, data] = result.value as Envelope;
      return { ...data, trackedId };
    },
    async rest() {
      const events: (RunProgressEvent & { trackedId: string })[] = [];
      for (;;) {
        const e = await this.next();
        if (e === "done") return events;
        events.push(e);
      }
    },
  };
}

let a: Awaited<ReturnType<typeof createOwner>>;
let b: Awaited<ReturnType<typeof createOwner>>;
beforeAll(async () => {
  [a, b] = await Promise.all([createOwner(), createOwner()]);
  await runEventsListener().ready();
});
afterAll(async () => {
  await runEventsListener().stop();
});

describe("progress.run subscription", () => {
  it("replays stored events, streams new ones in order, and ends at a terminal status", async () => {
    const { run } = await insertRun(a.workspace.id);
    const first = await insertEvent(run, { stage: "research", percent: 5, message: "Researching" });
    const second = await insertEvent(run, { stage: "outline", percent: 20, message: "Outlining" });
    const sub = await open(a.user, { workspaceSlug: a.workspace.slug, runId: run.id });
    expect(await sub.next()).toMatchObject({ id: first, trackedId: String(first), stage: "research", percent: 5, message: "Researching", runStatus: "running" });
    expect(await sub.next()).toMatchObject({ id: second, stage: "outline" });

    const third = await insertEvent(run, { stage: "draft", percent: 45, message: "Drafting" });
    expect(await sub.next()).toMatchObject({ id: third, stage: "draft", percent: 45, level: "info", runStatus: "running" });
    const fourth = await insertEvent(run, { stage: "critique", percent: 60 });
    const last = await finishRun(run, "succeeded");
    expect(await sub.next()).toMatchObject({ id: fourth });
    expect(await sub.next()).toMatchObject({ id: last, percent: 100, runStatus: "succeeded" });
    expect(await sub.next()).toBe("done");
  });

  it("resumes after lastEventId on reconnect", async () => {
    const { run } = await insertRun(a.workspace.id);
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await insertEvent(run, { percent: i * 10 }));
    const sub = await open(a.user, { workspaceSlug: a.workspace.slug, runId: run.id, lastEventId: String(ids[1]) });
    expect(await sub.next()).toMatchObject({ id: ids[2] });
    expect(await sub.next()).toMatchObject({ id: ids[3] });
    sub.abort.abort();
    expect(await sub.next()).toBe("done");
  });

  it("a run that already ended replays its events and ends", async () => {
    const { run } = await insertRun(a.workspace.id);
    await insertEvent(run, { stage: "research" });
    await finishRun(run, "failed", "Draft failed: the provider refused the key");
    const sub = await open(a.user, { workspaceSlug: a.workspace.slug, runId: run.id });
    const events = await sub.rest();
    expect(events.map((e) => e.runStatus)).toEqual(["failed", "failed"]);
    expect(events.at(-1)?.message).toContain("provider refused");
  });

  it("events written while the stream opens are delivered exactly once, in order", async () => {
    const { run } = await insertRun(a.workspace.id);
    const writing = (async () => {
      const ids = [];
      for (let i = 0; i < 40; i++) ids.push(await insertEvent(run, { percent: i }));
      ids.push(await finishRun(run, "succeeded"));
      return ids;
    })();
    const sub = await open(a.user, { workspaceSlug: a.workspace.slug, runId: run.id });
    const events = await sub.rest();
    expect(events.map((e) => e.id)).toEqual(await writing);
  });

  it("aborting the request ends the stream and unsubscribes", async () => {
    const { run } = await insertRun(a.workspace.id);
    const before = runEventsListener().subscriberCount();
    const sub = await open(a.user, { workspaceSlug: a.workspace.slug, runId: run.id });
    const pending = sub.next();
    await new Promise((r) => setTimeout(r, 50));
    expect(runEventsListener().subscriberCount()).toBe(before + 1);
    sub.abort.abort();
    expect(await pending).toBe("done");
    expect(runEventsListener().subscriberCount()).toBe(before);
  });

  it("a shutting-down process fails its open streams as TIMEOUT (clients re-subscribe) instead of ending them", async () => {
    const { run } = await insertRun(a.workspace.id);
    const id = await insertEvent(run);
    const listener = new RunEventsListener({ connectionString: env.DATABASE_URL, name: "shutdown-test", healthCheckMs: 0 });
    await listener.start();
    const stream = await streamRunProgress({ db, workspace: a.workspace }, { runId: run.id }, undefined, listener);
    const first = await stream.next();
    expect(first.value?.[0]).toBe(String(id));
    const failed = expect(stream.next()).rejects.toMatchObject({ code: "TIMEOUT" });
    await listener.shutdown();
    await failed;
    expect(listener.subscriberCount()).toBe(0);
    // A stream asked for while shutting down fails the same way at once.
    const late = await streamRunProgress({ db, workspace: a.workspace }, { runId: run.id }, undefined, listener);
    await expect(late.next()).rejects.toMatchObject({ code: "TIMEOUT" });
  });

  it("another workspace's run, or a run through another workspace's slug, is NOT_FOUND", async () => {
    const { run } = await insertRun(a.workspace.id);
    await expect(open(b.user, { workspaceSlug: b.workspace.slug, runId: run.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(open(b.user, { workspaceSlug: a.workspace.slug, runId: run.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(open(a.user, { workspaceSlug: a.workspace.slug, runId: "no-such-run" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("any member may watch (viewer included); anonymous callers are UNAUTHORIZED", async () => {
    const { run } = await insertRun(a.workspace.id);
    const id = await insertEvent(run);
    const viewer = await addMember(a.workspace.id, "viewer");
    const sub = await open(viewer, { workspaceSlug: a.workspace.slug, runId: run.id });
    expect(await sub.next()).toMatchObject({ id });
    sub.abort.abort();
    await expect(open(null, { workspaceSlug: a.workspace.slug, runId: run.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("rejects a malformed lastEventId with a field error", async () => {
    const { run } = await insertRun(a.workspace.id);
    await expect(open(a.user, { workspaceSlug: a.workspace.slug, runId: run.id, lastEventId: "1; drop" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
