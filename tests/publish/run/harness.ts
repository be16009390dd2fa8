/** A publish worker (real, spawned) serving the X and blog queues, with X played by the local fake. */
import { and, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { contentVersions } from "@/server/db/schema";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import { startXFake, type XFake } from "../../publish/fakes/x-server";
import { insertChannel } from "../publish-factory";

export type PublishHarness = {
  x: XFake;
  worker(): RunningWorker;
  start(): Promise<void>;
  stop(): Promise<void>;
  killAndRestart(beforeRestart?: () => void | Promise<void>): Promise<void>;
};

export function createPublishHarness(): PublishHarness {
  let current: RunningWorker | undefined;
  let x!: XFake;
  const env = () => ({
    DATABASE_URL: process.env.DATABASE_URL!,
    WORKER_QUEUES: "publish-x,publish-blog",
    PLATFORM_ENDPOINTS: JSON.stringify(x.endpoints),
    X_CLIENT_ID: x.client.clientId,
    X_CLIENT_SECRET: x.client.clientSecret,
    PUBLISH_RETRY_BASE_SECONDS: "0.2",
  });
  return {
    get x() {
      return x;
    },
    worker: () => current!,
    async start() {
      x = await startXFake();
      current = await spawnWorker(env());
    },
    async stop() {
      await current?.stop();
      await x?.server.close();
    },
    async killAndRestart(beforeRestart) {
      const dead = current!;
      const exited = new Promise((resolve) => dead.process.once("exit", resolve));
      dead.process.kill("SIGKILL");
      await exited;
      await beforeRestart?.();
      current = await spawnWorker(env(), 30_000, { executorID: dead.executorID });
    },
  };
}

/** An X channel holding tokens the fake issued (or `tokens` given). */
export async function xChannel(h: PublishHarness, workspaceId: string, tokens?: { accessToken: string; refreshToken?: string }) {
  const issued = tokens ?? (({ access, refresh }) => ({ accessToken: access, refreshToken: refresh }))(h.x.issueTokens());
  return insertChannel(workspaceId, "x", {
    externalAccountId: h.x.user.id,
    handle: h.x.user.username,
    name: `@${h.x.user.username}`,
    credentials: { ...issued, expiresAt: Date.now() + 3600_000 },
  });
}

/** Gives the item's X post a text no other test uses (the fake refuses duplicates like X does). */
export async function uniqueXText(itemId: string): Promise<string> {
  const text = `Launch note ${crypto.randomUUID().slice(0, 12)}`;
  await db.update(contentVersions).set({ posts: [{ platform: "x", parts: [text] }] }).where(and(eq(contentVersions.contentItemId, itemId), eq(contentVersions.number, 1)));
  return text;
}
