/**
 * The tRPC transport under every procedure: the real fetch adapter and the app router, given each
 * procedure's generated malformed inputs as superjson sends them, or with superjson meta naming
 * impossible types, broken JSON and garbage batches, never answers 5xx. The context is the signed-in
 * owner's (the route builds the same context from the session cookie).
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import fc from "fast-check";
import { describe, it } from "vitest";
import { appRouter } from "@/server/routers/app";
import { createInnerContext } from "@/server/trpc/context";
import superjson from "superjson";
import { uniqueIp } from "../../factories/users";
import { show } from "./outcome";
import { procedureInputArbitrary } from "./schema-arbitrary";
import { cancelTenantWorkflows, seedTenant } from "./tenant";

type Procedure = { _def: { type: string; inputs: unknown[] } };
const procedures = Object.entries((appRouter as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures).filter(
  ([, p]) => p._def.type !== "subscription",
);

const metaTypes = fc.constantFrom<unknown>("undefined", "bigint", "Date", "regexp", "set", "map", "Error", "number", "symbol", ["class", "Nope"], ["custom", "nope"], ["typed-array", "Int8Array"], 42, null);

/** The procedure's input (generated from its schema) as superjson sends it, with meta that sometimes lies about the types. */
const envelope = (inputs: fc.Arbitrary<unknown>) =>
  fc
    .record({
      input: inputs,
      lie: fc.option(fc.dictionary(fc.constantFrom("name", "from", "id", "limit", "workspaceSlug", "contentItemId", "__proto__"), fc.array(metaTypes, { minLength: 1, maxLength: 1 }), { maxKeys: 2 }), { nil: undefined }),
    })
    .map(({ input, lie }) => {
      const { json, meta } = superjson.serialize(input);
      return JSON.stringify({ json, ...(lie ? { meta: { values: lie } } : meta ? { meta } : {}) });
    });

const body = (inputs: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { arbitrary: envelope(inputs), weight: 6 },
    { arbitrary: fc.constantFrom("", "{", "null", "[]", '{"json":', '{"0":{"json":1},"1":"x"}', '{"json":{"a":"\\ud800"}}', '{"json":"\\u0000"}'), weight: 1 },
    { arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))), weight: 1 },
  );

describe("tRPC over HTTP: malformed requests to every procedure", () => {
  it("never answers 5xx", async () => {
    const { owner, ids } = await seedTenant();
    const seeds = { workspaceSlug: owner.workspace.slug, ids };
    const cases = fc.constantFrom(...procedures).chain((entry) => fc.tuple(fc.constant(entry), body(procedureInputArbitrary(entry[1]._def.inputs, seeds)), fc.boolean()));
    await fc.assert(
      fc.asyncProperty(cases, async ([[path, procedure], text, batch]) => {
        const query = procedure._def.type === "query";
        const target = batch ? `${path},${path}?batch=1` : path;
        const batched = batch ? `{"0":${text || "null"},"1":${text || "null"}}` : text;
        const url = query ? `http://localhost/api/trpc/${target}${batch ? "&" : "?"}input=${encodeURIComponent(batched.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))}` : `http://localhost/api/trpc/${target}`;
        const req = new Request(url, query ? {} : { method: "POST", body: batched, headers: { "content-type": "application/json" } });
        const res = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => createInnerContext({ user: owner.user, ip: uniqueIp() }) });
        await cancelTenantWorkflows(owner.workspace.id);
        if (res.status >= 500) throw new Error(`${path} answered ${res.status} to ${show(batched)}: ${(await res.text()).slice(0, 300)}`);
      }),
      { numRuns: Number(process.env.MALFORMED_INPUT_RUNS ?? 12) * 25, endOnFailure: true },
    );
  }, 60_000);
});
