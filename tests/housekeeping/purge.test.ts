/**
 * Housekeeping deletes each kind of expired row and keeps fresh ones (real database; rows marked
 * per test so other files' rows do not matter), in batches, and DBOS history through DBOS itself.
 */
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { devMailbox, generationRuns, invitations, oauthStates, rateLimits, runEvents, sessions, userSessions, userTokens, verificationTokens, workerHeartbeats } from "@/server/db/schema";
import { purgeRules } from "@/server/housekeeping/purge-rules";
import { purgeRows } from "@/server/housekeeping/purge-rows";
import { finishedWorkflowsBefore, purgeWorkflowHistory, retentionCutoffMs } from "@/server/housekeeping/workflow-history";
import { closeDbosClient, dbosClient } from "@/server/workflows/dbos-client";
import { createOwner, unique } from "../factories/users";
import { insertInvitation } from "../factories/workspaces";
import { finishRun, insertEvent, insertRun } from "../realtime/run-factory";
import { insertWorkflow, workflowIdsLike } from "./dbos-rows";

afterAll(() => closeDbosClient());

const day = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms);
const rule = (kind: string) => purgeRules(30).find((r) => r.kind === kind)!;
const purge = (kind: string, limits?: { batch: number; maxBatches: number }) => purgeRows(rule(kind), new Date(), limits);

describe("housekeeping purges expired rows, kind by kind", () => {
  it("rate-limit windows older than two days, in batches; current windows stay", async () => {
    const key = unique("hk-rate");
    const old = Array.from({ length: 5 }, (_, i) => ({ key: `${key}:${i}`, windowStart: ago(3 * day), count: 3 }));
    await db.insert(rateLimits).values([...old, { key: `${key}:now`, windowStart: ago(60_000), count: 1 }, { key: `${key}:yesterday`, windowStart: ago(day), count: 1 }]);
    // Batches of two: every old row goes, however many batches it takes.
    expect(await purge("rate_limit_windows", { batch: 2, maxBatches: 100 })).toBeGreaterThanOrEqual(5);
    const left = await db.select({ key: rateLimits.key }).from(rateLimits).where(sql`${rateLimits.key} like ${`${key}:%`}`);
    expect(left.map((r) => r.key).sort()).toEqual([`${key}:now`, `${key}:yesterday`]);
  });

  it("a run stops after maxBatches; the next run carries on", async () => {
    const key = unique("hk-bounded");
    await db.insert(rateLimits).values(Array.from({ length: 6 }, (_, i) => ({ key: `${key}:${i}`, windowStart: ago(5 * day), count: 1 })));
    const count = () => db.$count(rateLimits, sql`${rateLimits.key} like ${`${key}:%`}`);
    await purge("rate_limit_windows", { batch: 1, maxBatches: 2 });
    expect(await count()).toBeLessThanOrEqual(4);
    expect(await count()).toBeGreaterThan(0);
    await purge("rate_limit_windows");
    expect(await count()).toBe(0);
  });

  it("OAuth states used or expired an hour ago; a pending one stays", async () => {
    const { user, workspace } = await createOwner();
    const state = (fields: Partial<typeof oauthStates.$inferInsert>) => ({ stateHash: unique("hk-state"), workspaceId: workspace.id, userId: user.id, kind: "x" as const, expiresAt: new Date(Date.now() + 600_000), ...fields });
    const rows = await db
      .insert(oauthStates)
      .values([state({ expiresAt: ago(2 * 3600_000) }), state({ usedAt: ago(2 * 3600_000) }), state({}), state({ expiresAt: ago(60_000) })])
      .returning({ id: oauthStates.id });
    await purge("oauth_states");
    const left = await db.select({ id: oauthStates.id }).from(oauthStates).where(inArray(oauthStates.id, rows.map((r) => r.id)));
    expect(left.map((r) => r.id).sort()).toEqual([rows[2]!.id, rows[3]!.id].sort());
  });

  it("used or expired reset/verification tokens, magic-link tokens and sessions; live ones stay", async () => {
    const { user } = await createOwner();
    const token = (fields: Partial<typeof userTokens.$inferInsert>) => ({ userId: user.id, purpose: "password_reset" as const, tokenHash: unique("hk-token"), expiresAt: new Date(Date.now() + 3600_000), ...fields });
    const tokens = await db
      .insert(userTokens)
      .values([token({ expiresAt: ago(2 * day) }), token({ usedAt: ago(2 * day), purpose: "email_verification" }), token({})])
      .returning({ id: userTokens.id });
    const identifier = unique("hk-magic");
    await db.insert(verificationTokens).values([
      { identifier, token: "old", expires: ago(2 * day) },
      { identifier, token: "live", expires: new Date(Date.now() + 600_000) },
    ]);
    const sessionKey = unique("hk-session");
    await db.insert(sessions).values([
      { sessionToken: `${sessionKey}-old`, userId: user.id, expires: ago(2 * day) },
      { sessionToken: `${sessionKey}-live`, userId: user.id, expires: new Date(Date.now() + day) },
    ]);
    await purge("user_tokens");
    await purge("verification_tokens");
    await purge("sessions");
    expect((await db.select({ id: userTokens.id }).from(userTokens).where(eq(userTokens.userId, user.id))).map((r) => r.id)).toEqual([tokens[2]!.id]);
    expect((await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, identifier))).map((r) => r.token)).toEqual(["live"]);
    expect((await db.select().from(sessions).where(eq(sessions.userId, user.id))).map((r) => r.sessionToken)).toEqual([`${sessionKey}-live`]);
  });

  it("invitations never accepted, 30 days past expiry or revocation; recent, pending and accepted ones stay", async () => {
    const { workspace } = await createOwner();
    const long = ago(31 * day);
    await insertInvitation({ workspaceId: workspace.id, expiresAt: long });
    await insertInvitation({ workspaceId: workspace.id, revokedAt: long });
    const kept = [
      await insertInvitation({ workspaceId: workspace.id, expiresAt: ago(2 * day) }),
      await insertInvitation({ workspaceId: workspace.id }),
      await insertInvitation({ workspaceId: workspace.id, expiresAt: long, acceptedAt: ago(40 * day) }),
    ];
    await purge("invitations");
    const left = await db.select({ id: invitations.id }).from(invitations).where(eq(invitations.workspaceId, workspace.id));
    expect(left.map((r) => r.id).sort()).toEqual(kept.map((i) => i.id).sort());
  });

  it("progress lines of runs finished before the retention; a running run's and recent ones stay", async () => {
    const { workspace } = await createOwner();
    const finished = await insertRun(workspace.id);
    const oldEvent = await insertEvent(finished.run);
    await finishRun(finished.run);
    await db.update(runEvents).set({ createdAt: ago(31 * day) }).where(eq(runEvents.id, oldEvent));
    const running = await insertRun(workspace.id);
    const runningOld = await insertEvent(running.run);
    await db.update(runEvents).set({ createdAt: ago(31 * day) }).where(eq(runEvents.id, runningOld));
    await purge("run_events");
    const left = await db.select({ id: runEvents.id, runId: runEvents.runId }).from(runEvents).where(eq(runEvents.workspaceId, workspace.id));
    expect(left.some((e) => e.id === oldEvent)).toBe(false);
    expect(left.filter((e) => e.runId === finished.run.id)).toHaveLength(1);
    expect(left.some((e) => e.id === runningOld)).toBe(true);
  });

  it("signed-in sessions a month past expiry or sign-out; workers declared dead a month ago; recent ones stay", async () => {
    const { user } = await createOwner();
    const session = (fields: Partial<typeof userSessions.$inferInsert>) => ({ id: unique("hk-us"), userId: user.id, method: "password", expiresAt: new Date(Date.now() + day), ...fields });
    await db.insert(userSessions).values([
      session({ id: "old-expired", expiresAt: ago(31 * day) }),
      session({ id: "old-revoked", revokedAt: ago(31 * day) }),
      session({ id: "recent-revoked", revokedAt: ago(day) }),
      session({ id: "live" }),
    ].map((s) => ({ ...s, id: `${s.id}-${user.id}` })));
    const tag = unique("hk-exec");
    const worker = (suffix: string, declaredDeadAt: Date | null) => ({ executorId: `${tag}-${suffix}`, applicationVersion: "v", hostname: "h", pid: 1, startedAt: ago(40 * day), lastSeenAt: ago(40 * day), declaredDeadAt });
    await db.insert(workerHeartbeats).values([worker("gone", ago(31 * day)), worker("recent", ago(day)), worker("alive", null)]);
    await purge("user_sessions");
    await purge("worker_heartbeats");
    const left = await db.select({ id: userSessions.id }).from(userSessions).where(eq(userSessions.userId, user.id));
    expect(left.map((r) => r.id.replace(`-${user.id}`, "")).sort()).toEqual(["live", "recent-revoked"]);
    const workers = await db.select({ id: workerHeartbeats.executorId }).from(workerHeartbeats).where(sql`${workerHeartbeats.executorId} like ${`${tag}-%`}`);
    expect(workers.map((w) => w.id).sort()).toEqual([`${tag}-alive`, `${tag}-recent`]);
  });

  it("development mailbox entries after 14 days", async () => {
    const to = `${unique("hk-mail")}@example.test`;
    await db.insert(devMailbox).values([
      { to, subject: "old", text: "old", createdAt: ago(15 * day) },
      { to, subject: "new", text: "new" },
    ]);
    await purge("dev_mailbox");
    expect((await db.select().from(devMailbox).where(eq(devMailbox.to, to))).map((m) => m.subject)).toEqual(["new"]);
  });
});

describe("DBOS workflow history", () => {
  it("finished workflows past the retention go with their checkpoints; recent ones, running ones and retryable runs' stay", async () => {
    const tag = unique("hk-wf");
    const old = ago(31 * day).getTime();
    await insertWorkflow(`${tag}-done`, "SUCCESS", old, { steps: 3 });
    await insertWorkflow(`${tag}-errored`, "ERROR", old);
    await insertWorkflow(`${tag}-cancelled`, "CANCELLED", old);
    await insertWorkflow(`${tag}-recent`, "SUCCESS", ago(day).getTime());
    await insertWorkflow(`${tag}-sleeping`, "PENDING", old);
    // A failed generation run can be retried from its failed stage (a fork of its workflow): kept.
    await insertWorkflow(`${tag}-retryable`, "ERROR", old);
    const { workspace } = await createOwner();
    const failedRun = await insertRun(workspace.id, "failed");
    await db.update(generationRuns).set({ workflowId: `${tag}-retryable` }).where(eq(generationRuns.id, failedRun.run.id));
    const cutoff = retentionCutoffMs(new Date(), 30);
    const client = await dbosClient();
    const deleted = await purgeWorkflowHistory({ find: (limit) => finishedWorkflowsBefore(cutoff, limit), remove: (ids) => client.deleteWorkflows(ids) }, 2);
    expect(deleted).toBeGreaterThanOrEqual(3);
    const kept = [`${tag}-recent`, `${tag}-retryable`, `${tag}-sleeping`];
    expect(await workflowIdsLike(tag, "workflow_status")).toEqual(kept);
    expect(await workflowIdsLike(tag, "operation_outputs")).toEqual(kept);
    expect(await workflowIdsLike(tag, "workflow_events")).toEqual(kept);
  });
});
