/**
 * The web side of the fleet tests, as a real process of its own (run with `node --import tsx`,
 * outside vitest) on the test's own database: it serves a few commands over HTTP and answers them
 * with the web's code paths — the tRPC routers (approve, request, retry), the app pool, the
 * transaction helper, DBOSClient's enqueue-in-transaction and the run-events LISTEN connection —
 * so a test can cut its database connections and see that it carries on.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { contentVersions } from "@/server/db/schema";
import { runEventsListener } from "@/server/realtime/listener";
import { socialRequest, addProvider } from "@/tests/content/support/fixtures";
import { callerFor, createOwner } from "@/tests/factories/users";
import { approveAs, insertChannel, publishWorkspace } from "@/tests/publish/publish-factory";
import { createReviewItem } from "@/tests/review/review-factory";

(globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage;

type PublishInput = { count: number; xUser: { id: string; username: string }; tokens: { accessToken: string; refreshToken: string }; scheduledFor?: string };

const listener = runEventsListener();
/** What the listener delivered per run, in order ("event", "resync"). */
const wakeups = new Map<string, string[]>();
/** Workspaces made by /publish, so a second call adds jobs to the same channel. */
const scenarios = new Map<string, Awaited<ReturnType<typeof publishWorkspace>> & { channelId: string }>();

async function publish(input: PublishInput & { scenario: string }) {
  let ws = scenarios.get(input.scenario);
  if (!ws) {
    const base = await publishWorkspace();
    const channel = await insertChannel(base.workspace.id, "x", {
      externalAccountId: input.xUser.id,
      handle: input.xUser.username,
      name: `@${input.xUser.username}`,
      credentials: { ...input.tokens, expiresAt: Date.now() + 3600_000 },
    });
    ws = { ...base, channelId: channel.id };
    scenarios.set(input.scenario, ws);
  }
  const jobs: { jobId: string; text: string }[] = [];
  for (let i = 0; i < input.count; i++) {
    const item = await createReviewItem(ws.workspace.id, ws.editor);
    const text = `Fleet note ${crypto.randomUUID().slice(0, 12)}`;
    await db.update(contentVersions).set({ posts: [{ platform: "x", parts: [text] }] }).where(and(eq(contentVersions.contentItemId, item.id), eq(contentVersions.number, 1)));
    const { jobIds } = await approveAs(ws.admin, ws.slug, item, { channelIds: [ws.channelId], ...(input.scheduledFor ? { scheduledFor: input.scheduledFor } : {}) });
    jobs.push({ jobId: jobIds[0]!, text });
  }
  return { workspaceId: ws.workspace.id, jobs };
}

async function generate(input: { modelBaseUrl: string }) {
  const { user, workspace } = await createOwner();
  await addProvider(workspace.id, { kind: "openai-compatible", label: "Local", baseUrl: input.modelBaseUrl, model: "llama3.1", priority: 0 });
  const { runId } = await callerFor(user).content.request({ workspaceSlug: workspace.slug, ...socialRequest });
  const seen: string[] = [];
  wakeups.set(runId, seen);
  listener.subscribe(runId, (w) => seen.push(w.kind));
  return { runId, workspaceId: workspace.id };
}

async function retry(input: { scenario: string; jobId: string }) {
  const ws = scenarios.get(input.scenario)!;
  const job = await callerFor(ws.admin).publish.retry({ workspaceSlug: ws.slug, jobId: input.jobId });
  return { status: job.status };
}

const routes: Record<string, (body: never) => Promise<unknown>> = {
  "POST /publish": publish,
  "POST /generate": generate,
  "POST /retry": retry,
  "POST /health": async () => ({ listening: listener.listening }),
  "POST /wakeups": async (body: { runId: string }) => ({ kinds: wakeups.get(body.runId) ?? [] }),
};

async function readBody(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString("utf8") || "{}");
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  const route = routes[`${req.method} ${req.url}`];
  if (!route) return reply(res, 404, { error: "no such command" });
  readBody(req)
    .then((body) => route(body as never))
    .then((result) => reply(res, 200, result))
    .catch((error: unknown) => reply(res, 500, { error: error instanceof Error ? error.message : String(error) }));
});

server.listen(0, "127.0.0.1", () => {
  void listener.ready().then(() => {
    process.stdout.write(JSON.stringify({ msg: "web ready", port: (server.address() as AddressInfo).port }) + "\n");
  });
});
