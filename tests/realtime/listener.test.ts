import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/env";
import { pool } from "@/server/db/client";
import { RunEventsListener, type Wakeup } from "@/server/realtime/run-events-listener";
import { createOwner, unique } from "../factories/users";
import { insertEvent, insertRun } from "./run-factory";

/** Resolves with the first wake-up for `runId` that matches, or rejects after `ms`. */
function nextWakeup(listener: RunEventsListener, runId: string, match: (w: Wakeup) => boolean = () => true, ms = 5000) {
  return new Promise<Wakeup>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no wake-up for ${runId} within ${ms} ms`));
    }, ms);
    const unsubscribe = listener.subscribe(runId, (w) => {
      if (!match(w)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(w);
    });
  });
}

const started: RunEventsListener[] = [];
function listener(name = unique("test")) {
  const l = new RunEventsListener({ connectionString: env.DATABASE_URL, name, minBackoffMs: 20, maxBackoffMs: 200, healthCheckMs: 0 });
  started.push(l);
  return l;
}

let owner: Awaited<ReturnType<typeof createOwner>>;
beforeAll(async () => {
  owner = await createOwner();
});
afterAll(async () => {
  await Promise.all(started.map((l) => l.stop()));
});

describe("run-events listener", () => {
  it("delivers an insert committed on another connection to the run's subscribers only", async () => {
    const l = listener();
    await l.start();
    const { run } = await insertRun(owner.workspace.id);
    const { run: other } = await insertRun(owner.workspace.id);
    const seenOther: Wakeup[] = [];
    const stopOther = l.subscribe(other.id, (w) => seenOther.push(w));
    const arrived = nextWakeup(l, run.id);
    const id = await insertEvent(run);
    expect(await arrived).toEqual({ kind: "event", note: { id, runId: run.id, workspaceId: owner.workspace.id } });
    expect(seenOther).toEqual([]);
    stopOther();
  });

  it("two listeners (two web processes) both receive the same event", async () => {
    const [one, two] = [listener("web-1"), listener("web-2")];
    await Promise.all([one.start(), two.start()]);
    const { run } = await insertRun(owner.workspace.id);
    const both = Promise.all([nextWakeup(one, run.id), nextWakeup(two, run.id)]);
    const id = await insertEvent(run);
    const [a, b] = await both;
    expect(a).toEqual(b);
    expect(a).toMatchObject({ kind: "event", note: { id, runId: run.id } });
  });

  it("ignores payloads that are not run events and keeps listening", async () => {
    const l = listener();
    await l.start();
    const { run } = await insertRun(owner.workspace.id);
    const got: Wakeup[] = [];
    const stop = l.subscribe(run.id, (w) => got.push(w));
    await pool.query("select pg_notify('loomcast_run_events', $1)", [JSON.stringify({ runId: run.id })]);
    await pool.query("select pg_notify('loomcast_run_events', 'not json')");
    const arrived = nextWakeup(l, run.id);
    await insertEvent(run);
    await arrived;
    expect(got.map((w) => w.kind)).toEqual(["event"]);
    stop();
  });

  it("reconnects after its backend is terminated, re-LISTENs, and tells subscribers to resync", async () => {
    const name = unique("killed");
    const l = listener(name);
    await l.start();
    const { run } = await insertRun(owner.workspace.id);
    const resync = nextWakeup(l, run.id, (w) => w.kind === "resync");
    const { rowCount } = await pool.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1", [`loomcast-${name}`]);
    expect(rowCount).toBe(1);
    await resync;
    expect(l.listening).toBe(true);
    const arrived = nextWakeup(l, run.id, (w) => w.kind === "event");
    const id = await insertEvent(run);
    expect(await arrived).toMatchObject({ note: { id } });
  });

  it("retries without throwing while the database refuses connections, and stops cleanly", async () => {
    const bad = new RunEventsListener({ connectionString: "postgres://postgres@127.0.0.1:1/nowhere", name: unique("down"), minBackoffMs: 10, maxBackoffMs: 40, healthCheckMs: 0 });
    void bad.start();
    await new Promise((r) => setTimeout(r, 300));
    expect(bad.listening).toBe(false);
    await bad.stop();
  });

  it("unsubscribing removes the handler", async () => {
    const l = listener();
    const stop = l.subscribe("run-x", () => undefined);
    expect(l.subscriberCount()).toBe(1);
    stop();
    expect(l.subscriberCount()).toBe(0);
  });
});
