/**
 * Declaring a worker dead happens once, however many live workers notice at the same time: the
 * claim holds the dead worker's row while its workflows are recovered, the others skip it, and a
 * claim whose recovery failed is rolled back and taken again later. Rows carry a version of this
 * test's own, so no other test file's workers are ever judged here.
 */
import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { db } from "@/server/db/client";
import { workerHeartbeats } from "@/server/db/schema";
import { beat } from "@/server/fleet/heartbeat";
import { takeOverDeadWorkers } from "@/server/fleet/take-over";

const id = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}`;

async function insertWorker(executorId: string, applicationVersion: string, secondsAgo: number) {
  await db.insert(workerHeartbeats).values({ executorId, applicationVersion, hostname: "test", pid: 1, startedAt: new Date(), lastSeenAt: sql`now() - make_interval(secs => ${secondsAgo})` });
}
const rowOf = async (executorId: string) => (await db.select().from(workerHeartbeats).where(eq(workerHeartbeats.executorId, executorId)))[0]!;

it("four live workers notice one dead worker at once: exactly one recovers it and is recorded", async () => {
  const version = id("takeover-test");
  const dead = id("dead");
  const alive = id("alive");
  const otherVersion = id("old-version");
  await insertWorker(dead, version, 3600);
  await insertWorker(alive, version, 1);
  await insertWorker(otherVersion, id("other"), 3600);

  const recoveredBy: string[] = [];
  const survivors = ["s1", "s2", "s3", "s4"].map(id);
  const results = await Promise.all(
    survivors.map((executorId) =>
      takeOverDeadWorkers({ executorId, applicationVersion: version }, 30, async (deadId) => {
        recoveredBy.push(`${executorId}→${deadId}`);
        await new Promise((r) => setTimeout(r, 300));
        return 7;
      }),
    ),
  );

  expect(recoveredBy).toHaveLength(1);
  expect(results.flat().map((t) => t.executorId)).toEqual([dead]);
  const row = await rowOf(dead);
  expect(survivors).toContain(row.takenOverBy);
  expect(recoveredBy[0]).toBe(`${row.takenOverBy}→${dead}`);
  expect(row).toMatchObject({ recoveredWorkflows: 7, declaredDeadAt: expect.any(Date) });
  // A worker within the grace, and a dead worker of another version (its own version's workers recover it), are left alone.
  expect((await rowOf(alive)).declaredDeadAt).toBeNull();
  expect((await rowOf(otherVersion)).declaredDeadAt).toBeNull();
  // Noticed again later: already taken over, nothing happens twice.
  expect(await takeOverDeadWorkers({ executorId: survivors[0]!, applicationVersion: version }, 30, async () => 1)).toEqual([]);

  // The "dead" worker beats again (it was only partitioned away): it is told, and is alive again.
  const back = await beat(db, { executorId: dead, applicationVersion: version, hostname: "test", pid: 2, startedAt: new Date() });
  expect(back).toEqual({ wasDeclaredDead: true, takenOverBy: row.takenOverBy });
  expect(await rowOf(dead)).toMatchObject({ declaredDeadAt: null, takenOverBy: null, pid: 2 });
});

it("a recovery that fails leaves the dead worker unclaimed, and the next sweep takes it over", async () => {
  const version = id("takeover-test");
  const dead = id("dead");
  await insertWorker(dead, version, 3600);
  const me = { executorId: id("survivor"), applicationVersion: version };

  await expect(takeOverDeadWorkers(me, 30, async () => Promise.reject(new Error("database went away")))).rejects.toThrow("database went away");
  expect((await rowOf(dead)).declaredDeadAt).toBeNull();

  expect(await takeOverDeadWorkers(me, 30, async () => 3)).toEqual([expect.objectContaining({ executorId: dead, recovered: 3 })]);
  expect(await rowOf(dead)).toMatchObject({ takenOverBy: me.executorId, recoveredWorkflows: 3 });
});
