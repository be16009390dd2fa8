/**
 * The base of every local platform server used by connector tests, the publish workflow tests and
 * the bench: a node:http server on a free port with a request log, JSON routes, and scripted
 * faults (answer the next N matching requests with a status and headers; hold a response until
 * released; add latency). Each platform's fake (x-server.ts, mastodon-server.ts, …) registers the
 * routes of that platform's documented API on top of it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type LoggedRequest = { method: string; path: string; query: URLSearchParams; headers: IncomingMessage["headers"]; body: string; json: unknown; at: number };
export type Reply = { status?: number; json?: unknown; text?: string; headers?: Record<string, string> };
export type Handler = (req: LoggedRequest, params: Record<string, string>) => Reply | Promise<Reply>;
type Route = { method: string; pattern: RegExp; keys: string[]; handler: Handler };
type Fault = { method?: string; path?: RegExp; remaining: number; reply: Reply };

export interface FakeServer {
  url: string;
  requests: LoggedRequest[];
  route(method: string, path: string, handler: Handler): void;
  /** The next `times` requests matching method/path get `reply` instead of the route's answer. */
  failNext(match: { method?: string; path?: RegExp }, reply: Reply, times?: number): void;
  /** Latency added to every response (ms). */
  latencyMs: number;
  /**
   * Holds responses to matching requests after their route ran (the platform did the work) until
   * the returned release() is called; `reached` resolves when the first such request arrives.
   */
  hold(match: { method?: string; path?: RegExp }): { reached: Promise<LoggedRequest>; release: () => void };
  /** The next `times` matching requests are handled (the platform did the work) but their connection drops before the answer. */
  dropNext(match: { method?: string; path?: RegExp }, times?: number): void;
  close(): Promise<void>;
}

function compile(path: string): { pattern: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:(\w+)/g, (_m, key: string) => {
    keys.push(key);
    return "([^/]+)";
  });
  return { pattern: new RegExp(`^${source}$`), keys };
}

const matches = (m: { method?: string; path?: RegExp }, req: LoggedRequest) => (!m.method || m.method === req.method) && (!m.path || m.path.test(req.path));

export async function startFakeServer(options: { port?: number } = {}): Promise<FakeServer> {
  const routes: Route[] = [];
  const faults: Fault[] = [];
  const holds: { match: { method?: string; path?: RegExp }; gate: Promise<void>; arrived: (r: LoggedRequest) => void }[] = [];
  const drops: { match: { method?: string; path?: RegExp }; remaining: number }[] = [];
  const requests: LoggedRequest[] = [];
  const state = { latencyMs: 0 };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const url = new URL(req.url ?? "/", "http://fake");
        const body = Buffer.concat(chunks).toString("utf8");
        let json: unknown = null;
        if ((req.headers["content-type"] ?? "").includes("json") && body) {
          try {
            json = JSON.parse(body);
          } catch {
            json = null;
          }
        }
        const logged: LoggedRequest = { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers, body, json, at: Date.now() };
        requests.push(logged);
        let reply: Reply;
        const fault = faults.find((f) => f.remaining > 0 && matches(f, logged));
        if (fault) {
          fault.remaining -= 1;
          reply = fault.reply;
        } else {
          const route = routes.find((r) => r.method === logged.method && r.pattern.test(logged.path));
          if (!route) reply = { status: 404, json: { error: `no route for ${logged.method} ${logged.path}` } };
          else {
            const m = route.pattern.exec(logged.path)!;
            const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(m[i + 1]!)]));
            try {
              reply = await route.handler(logged, params);
            } catch (error) {
              reply = { status: 500, json: { error: String(error) } };
            }
          }
        }
        const drop = drops.find((d) => d.remaining > 0 && matches(d.match, logged));
        if (drop) {
          drop.remaining -= 1;
          res.destroy();
          return;
        }
        const hold = holds.find((h) => matches(h.match, logged));
        if (hold) {
          hold.arrived(logged);
          await hold.gate;
        }
        if (state.latencyMs > 0) await new Promise((r) => setTimeout(r, state.latencyMs));
        const headers: Record<string, string> = { ...(reply.headers ?? {}) };
        let payload = reply.text ?? "";
        if (reply.json !== undefined) {
          headers["content-type"] ??= "application/json";
          payload = JSON.stringify(reply.json);
        }
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, headers);
        res.end(payload);
      })();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(method, path, handler) {
      routes.push({ method, ...compile(path), handler });
    },
    failNext(match, reply, times = 1) {
      faults.push({ ...match, remaining: times, reply });
    },
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(value: number) {
      state.latencyMs = value;
    },
    dropNext(match, times = 1) {
      drops.push({ match, remaining: times });
    },
    hold(match) {
      let release!: () => void;
      let arrived!: (r: LoggedRequest) => void;
      const gate = new Promise<void>((r) => (release = r));
      const reached = new Promise<LoggedRequest>((r) => (arrived = r));
      holds.push({ match, gate, arrived });
      return { reached, release };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
