/**
 * A local server speaking the OpenAI chat-completions API (non-streaming) that knows which
 * pipeline stage each request is for (the system prompt says "Stage: <name>"). By default every
 * stage is answered with the offline writer's output for the test's brief, so the pipeline gets
 * valid structured output; a test overrides single stages (errors, malformed text, a too-long
 * post, a request that hangs until released) and counts the requests per stage.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { WritingBrief } from "@/lib/ai/brief";
import { writeOffline } from "@/server/ai/offline/offline-writer";
import type { StageName } from "@/server/ai/stage-schemas";

export type StageReply =
  | { json: unknown; usage?: { prompt: number; completion: number }; delayMs?: number }
  | { text: string }
  | { status: number; message?: string }
  | { hang: true };

export type StageHandler = (nth: number) => StageReply;
export type SeenRequest = { stage: StageName | null; authorization: string | undefined; model: string; system: string; prompt: string };

export type StageServer = {
  baseURL: string;
  requests: SeenRequest[];
  count(stage: StageName): number;
  /** Replace one stage's answers (`nth` counts that stage's requests, from 1). */
  on(stage: StageName, handler: StageHandler | null): void;
  /** The offline writer's answer for `stage` (what the server sends unless told otherwise). */
  offline(stage: StageName): { json: unknown };
  /** Resolves when a request for `stage` arrives (immediately if one already has). */
  waitFor(stage: StageName, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

type Message = { role: string; content: unknown };

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString("utf8") || "{}") as Record<string, unknown>;
}

const text = (content: unknown) => (typeof content === "string" ? content : JSON.stringify(content ?? ""));

function answer(res: ServerResponse, model: string, content: string, usage = { prompt: 120, completion: 80 }) {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      id: `chatcmpl-${crypto.randomUUID().slice(0, 8)}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
      usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion },
    }),
  );
}

export async function startStageServer(brief: WritingBrief): Promise<StageServer> {
  const handlers = new Map<StageName, StageHandler>();
  const requests: SeenRequest[] = [];
  const waiters: Array<{ stage: StageName; resolve: () => void }> = [];
  const count = (stage: StageName) => requests.filter((r) => r.stage === stage).length;
  const offline = (stage: StageName): { json: unknown } => ({ json: writeOffline({ stage, brief }).object });

  const server = createServer(async (req, res) => {
    const body = await readJson(req);
    const messages = (body.messages as Message[] | undefined) ?? [];
    const system = messages.filter((m) => m.role === "system" || m.role === "developer").map((m) => text(m.content)).join("\n");
    const prompt = messages.filter((m) => m.role === "user").map((m) => text(m.content)).join("\n");
    const stage = (system.match(/^Stage: (\w+)$/m)?.[1] ?? null) as StageName | null;
    const model = typeof body.model === "string" ? body.model : "unknown";
    requests.push({ stage, authorization: req.headers.authorization, model, system, prompt });
    for (const w of waiters.filter((w) => w.stage === stage)) w.resolve();
    if (!stage) return answer(res, model, "Hello.");
    const reply: StageReply = (handlers.get(stage) ?? (() => offline(stage)))(count(stage));
    if ("hang" in reply) return; // answered never; the client's abort, timeout or death ends it
    if ("status" in reply) {
      res.writeHead(reply.status, { "content-type": "application/json" });
      return res.end(JSON.stringify({ error: { message: reply.message ?? `status ${reply.status}`, type: "test_error" } }));
    }
    if ("text" in reply) return answer(res, model, reply.text);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    return answer(res, model, JSON.stringify(reply.json), reply.usage);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    count,
    offline,
    on(stage, handler) {
      if (handler) handlers.set(stage, handler);
      else handlers.delete(stage);
    },
    waitFor(stage, timeoutMs = 20_000) {
      if (count(stage) > 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${stage} request within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ stage, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
