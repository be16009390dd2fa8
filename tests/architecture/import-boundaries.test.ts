import { describe, expect, it } from "vitest";
import { parseFile, parseRepo, type ImportEdge, type ParsedFile } from "./import-graph";
import {
  isClientFolder,
  isServer,
  isTooling,
  isWebEntry,
  isWorkerOnly,
  isWorkflowDefinition,
  isWorkflows,
  libServerBridges,
  plainNodeEntries,
} from "./layers";

/**
 * The import boundaries of ARCHITECTURE.md ("What may import what"). `import type` is allowed
 * everywhere (it is erased); these rules are about code that runs.
 */
type Violation = string;
const show = (edge: ImportEdge, why: string): Violation => `${edge.from}:${edge.line} imports "${edge.spec}" — ${why}`;

export function boundaryViolations(files: ParsedFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (isTooling(file.file)) continue;
    const browser = isClientFolder(file.file) || file.useClient;
    for (const edge of file.edges) {
      if (!edge.runtime) continue;
      const { to } = edge;
      if (browser && (isServer(to) || isWorkflows(to))) {
        violations.push(show(edge, "browser code may take only types from server/ and workflows/ (move shared code to lib/)"));
      } else if (file.file.startsWith("lib/") && (isServer(to) || isWorkflows(to))) {
        if (!libServerBridges.has(file.file)) violations.push(show(edge, "lib/ is universal: it imports neither server/ nor workflows/"));
        else if (!file.serverOnly) violations.push(show(edge, `${file.file} is a server bridge and must declare import "server-only"`));
      } else if (isServer(file.file) && isWorkflows(to) && !isWorkflowDefinition(to)) {
        violations.push(show(edge, "server/ may import only workflow definitions (names, queues, inputs) from workflows/"));
      } else if (!isWorkerOnly(file.file) && !isWorkflows(file.file) && isWorkerOnly(to)) {
        violations.push(show(edge, "worker-only code is imported only by the worker's own code"));
      }
    }
  }
  return violations;
}

/** Worker-only modules the Next.js app would load, each with the import chain that reaches it. */
export function webReachesWorkerOnly(files: ParsedFile[]): Violation[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const via = new Map<string, string | null>();
  const queue = files.filter((f) => isWebEntry(f.file) && !isTooling(f.file)).map((f) => f.file);
  for (const start of queue) via.set(start, null);
  const found: Violation[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (isWorkerOnly(file)) {
      const chain = [file];
      for (let at = via.get(file); at; at = via.get(at)) chain.unshift(at);
      found.push(`the web app loads worker-only ${file}: ${chain.join(" → ")}`);
      continue;
    }
    for (const edge of byFile.get(file)?.edges ?? []) {
      if (edge.runtime && !via.has(edge.to)) {
        via.set(edge.to, file);
        queue.push(edge.to);
      }
    }
  }
  return found;
}

/** Server and worker modules missing `import "server-only"`, and marked modules that plain Node loads. */
export function serverOnlyMarkers(files: ParsedFile[]): Violation[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const plain = new Set<string>();
  const stack = [...plainNodeEntries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (plain.has(file)) continue;
    plain.add(file);
    for (const edge of byFile.get(file)?.edges ?? []) if (edge.runtime) stack.push(edge.to);
  }
  const found: Violation[] = [];
  for (const file of files) {
    const serverSide = isServer(file.file) || (isWorkflows(file.file) && !file.file.startsWith("workflows/testing/"));
    if (!serverSide || isTooling(file.file)) continue;
    if (plain.has(file.file) && file.serverOnly) found.push(`${file.file} is loaded by plain Node (${plainNodeEntries.join(", ")}) and must not declare "server-only"`);
    if (!plain.has(file.file) && !file.serverOnly) found.push(`${file.file} must declare import "server-only" (or move to lib/ if the browser needs it)`);
  }
  return found;
}

describe("import boundaries", () => {
  const files = parseRepo();

  it("reads the whole codebase", () => {
    expect(files.filter((f) => f.file.startsWith("components/")).length).toBeGreaterThan(50);
    expect(files.filter((f) => f.file.startsWith("server/")).length).toBeGreaterThan(300);
  });

  it("holds: browser code, lib/, server/ → workflows/, worker-only code", () => {
    expect(boundaryViolations(files)).toEqual([]);
  });

  it("holds transitively: nothing the Next.js app loads reaches worker-only code", () => {
    expect(webReachesWorkerOnly(files)).toEqual([]);
  });

  it("every server/ and workflows/ module declares import \"server-only\" (except what next.config.ts and drizzle-kit load)", () => {
    expect(serverOnlyMarkers(files)).toEqual([]);
  });

  it("catches each kind of violation (and lets type-only imports through)", () => {
    const fake = (file: string, text: string) => parseFile(file, text);
    const violations = boundaryViolations([
      fake("components/x/panel.tsx", 'import { platformRules } from "@/server/ai/anything";'),
      fake("components/x/typed.tsx", 'import type { AppRouter } from "@/server/routers/app";\nimport { type Role } from "@/server/x";'),
      fake("app/x/client.tsx", '"use client";\nexport { run } from "@/workflows/names";'),
      fake("app/x/page.tsx", 'import { loadRun } from "@/server/publish/run/load-run";'),
      fake("lib/x/rules.ts", 'const m = await import("@/server/db/client");'),
      fake("server/x/service.ts", 'import { publishJob } from "@/workflows/publish/publish-job";'),
      fake("server/x/enqueue.ts", 'import { workflowNames } from "@/workflows/names";'),
    ]);
    expect(violations.map((v) => v.split(":")[0])).toEqual([
      "components/x/panel.tsx",
      "app/x/client.tsx",
      "app/x/page.tsx",
      "lib/x/rules.ts",
      "server/x/service.ts",
    ]);
  });

  it("follows chains: a page → a service → a worker-only module is caught", () => {
    const chain = webReachesWorkerOnly([
      parseFile("app/x/page.tsx", 'import { go } from "@/server/x/service";'),
      parseFile("server/x/service.ts", 'import { deliver } from "@/server/publish/run/attempt-delivery";'),
    ]);
    expect(chain).toEqual([
      "the web app loads worker-only server/publish/run/attempt-delivery.ts: app/x/page.tsx → server/x/service.ts → server/publish/run/attempt-delivery.ts",
    ]);
  });
});
