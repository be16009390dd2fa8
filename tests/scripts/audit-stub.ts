/**
 * A local npm registry that speaks the audit protocol npm uses: `POST /-/npm/v1/security/advisories/bulk`
 * with a gzipped `{ name: [versions] }` body, answered with advisories per package name; packument
 * reads answer 404 (npm then reports without fix information). Records every bulk request.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";

export type StubAdvisory = { id: number; url: string; title: string; severity: string; vulnerable_versions: string };
export type StubBehaviour = { status: number } | { advisories: Record<string, StubAdvisory[]> };

export interface AuditStub {
  url: string;
  requests: Record<string, string[]>[];
  respond: (behaviour: StubBehaviour) => void;
  close: () => Promise<void>;
}

export async function startAuditStub(): Promise<AuditStub> {
  let behaviour: StubBehaviour = { advisories: {} };
  const requests: Record<string, string[]>[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method !== "POST" || !req.url?.startsWith("/-/npm/v1/security/advisories/bulk")) {
        res.writeHead(404, { "content-type": "application/json" }).end("{}");
        return;
      }
      const raw = Buffer.concat(chunks);
      const body = JSON.parse((req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8")) as Record<string, string[]>;
      requests.push(body);
      if ("status" in behaviour) {
        res.writeHead(behaviour.status).end();
        return;
      }
      const answer = Object.fromEntries(Object.entries(behaviour.advisories).filter(([name]) => name in body));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    respond: (next) => {
      behaviour = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
