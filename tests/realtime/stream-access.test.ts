import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { transaction } from "@/server/db/transaction";
import { runEventsListener } from "@/server/realtime/listener";
import type { RunProgressEvent } from "@/server/realtime/stream-run-progress";
import { revokeOtherSessions } from "@/server/auth/sessions/revoke-sessions";
import { startSession } from "@/server/auth/sessions/start-session";
import { createCaller } from "@/server/routers/app";
import { createInnerContext, type SessionUser } from "@/server/trpc/context";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { insertEvent, insertRun } from "./run-factory";

type Envelope = [id: string, data: RunProgressEvent];

async function open(user: SessionUser, input: { workspaceSlug: string; runId: string }) {
  const iterable = (await createCaller(createInnerContext({ user })).progress.run(input)) as AsyncIterable<Envelope>;
  const iterator = iterable[Symbol.asyncIterator]();
  return async (ms = 5000): Promise<number | "done"> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms)));
    const result = await Promise.race([iterator.next(), timeout]).finally(() => clearTimeout(timer));
    return result.done ? "done" : result.value[1].id;
  };
}

let a: Awaited<ReturnType<typeof createOwner>>;
beforeAll(async () => {
  a = await createOwner();
  await runEventsListener().ready();
});
afterAll(async () => {
  await runEventsListener().stop();
});

describe("an open progress stream follows access", () => {
  it("a member removed while watching gets no further event: the stream closes at the next one", async () => {
    const { run } = await insertRun(a.workspace.id);
    const first = await insertEvent(run, { percent: 5 });
    const member = await addMember(a.workspace.id, "editor");
    const next = await open(member, { workspaceSlug: a.workspace.slug, runId: run.id });
    expect(await next()).toBe(first);
    const pending = next();
    await callerFor(a.user).member.remove({ workspaceSlug: a.workspace.slug, userId: member.id });
    await insertEvent(run, { percent: 50, message: "secret outline" });
    expect(await pending).toBe("done");
  });

  it("a member who stays keeps receiving events", async () => {
    const { run } = await insertRun(a.workspace.id);
    const member = await addMember(a.workspace.id, "viewer");
    const next = await open(member, { workspaceSlug: a.workspace.slug, runId: run.id });
    const pending = next();
    const id = await insertEvent(run, { percent: 10 });
    expect(await pending).toBe(id);
  });

  it("a stream whose session was signed out elsewhere closes at the next event", async () => {
    const { run } = await insertRun(a.workspace.id);
    const member = await addMember(a.workspace.id, "editor");
    const sessionId = await startSession(db, { userId: member.id, method: "credentials", ip: null, userAgent: "test" });
    const next = await open({ ...member, sessionId }, { workspaceSlug: a.workspace.slug, runId: run.id });
    const pending = next();
    await transaction(({ tx }) => revokeOtherSessions(tx, { userId: member.id, keep: null }));
    await insertEvent(run, { percent: 20 });
    expect(await pending).toBe("done");
  });
});
