import "server-only";

/**
 * A local HTTP server that speaks enough of the OpenAI chat-completions API for tests:
 * non-streaming JSON and streaming SSE (`data: {...}\n\n` … `data: [DONE]`). Each request is
 * answered by the next reply in the script (the last reply repeats). Test-only.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeReply =
  | { text: string; usage?: { prompt: number; completion: number } }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { streamChunks: string[]; usage?: { prompt: number; completion: number }; failAfter?: number }
  | { hang: true };

export type FakeRequest = { path: string; headers: IncomingMessage["headers"]; body: Record<string, unknown> };

export type FakeOpenAI = {
  baseURL: string;
  requests: FakeRequest[];
  /** Replace the script; the counter restarts. */
  script(replies: FakeReply[]): void;
  close(): Promise<void>;
};

const defaultUsage = { prompt: 12, completion: 34 };

function completion(model: string, text: string, usage = defaultUsage) {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
    usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion },
  };
}

function chunk(model: string, delta: Record<string, unknown>, finish: string | null) {
  return { id: "chatcmpl-test", object: "chat.completion.chunk", created: 1_700_000_000, model, choices: [{ index: 0, delta, finish_reason: finish }] };
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const raw = Buffer.concat(parts).toString("utf8");
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

export async function startFakeOpenAI(initial: FakeReply[] = [{ text: "Hello from the fake model." }]): Promise<FakeOpenAI> {
  let replies = initial;
  let served = 0;
  const requests: FakeRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({ path: req.url ?? "", headers: req.headers, body });
    const reply = replies[Math.min(served, replies.length - 1)]!;
    served += 1;
    const model = typeof body.model === "string" ? body.model : "unknown";
    if ("hang" in reply) return; // never answers; the client's timeout or abort ends it
    if ("status" in reply) {
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      res.end(JSON.stringify(reply.body ?? { error: { message: `status ${reply.status}`, type: "test_error" } }));
      return;
    }
    if ("text" in reply) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(completion(model, reply.text, reply.usage)));
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const send = (data: unknown) => res.write(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
    send(chunk(model, { role: "assistant", content: "" }, null));
    for (const [i, piece] of reply.streamChunks.entries()) {
      if (reply.failAfter !== undefined && i >= reply.failAfter) {
        await new Promise((resolve) => setTimeout(resolve, 30)); // let the sent chunks arrive
        res.destroy(); // then the connection drops mid-stream
        return;
      }
      send(chunk(model, { content: piece }, null));
    }
    send(chunk(model, {}, "stop"));
    const usage = reply.usage ?? defaultUsage;
    send({ ...chunk(model, {}, null), choices: [], usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion } });
    send("[DONE]");
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script(next) {
      replies = next;
      served = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A base URL where nothing listens (a port that was just free), for "connection refused". */
export async function unusedBaseURL(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}
