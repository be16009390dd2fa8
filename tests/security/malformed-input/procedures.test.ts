/**
 * Issue #13 item 3: every tRPC procedure, called by the owner of a real workspace with generated
 * malformed inputs (NUL bytes, lone surrogates, extreme numbers and dates, wrong types, deep and
 * huge values) mixed into otherwise well-formed ones, never answers 5xx; and a refused call leaves
 * every row of the workspace, its organization and its people as it was.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { brandBookSchema } from "@/lib/ai/brief";
import { db } from "@/server/db/client";
import { contentItems } from "@/server/db/schema";
import { appRouter, createCaller } from "@/server/routers/app";
import { createInnerContext } from "@/server/trpc/context";
import { uniqueIp } from "../../factories/users";
import { settle, show } from "./outcome";
import { changedTables, snapshotTenant } from "./row-snapshot";
import { procedureInputArbitrary } from "./schema-arbitrary";
import { cancelTenantWorkflows, seedTenant } from "./tenant";

type Procedure = { _def: { type: string; inputs: unknown[] } };
const procedures = Object.entries((appRouter as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures);
/** Procedures whose input parser is not a zod schema, with the zod schema it wraps (for the input's shape). */
const shapes: Record<string, unknown[]> = {
  "brand.save": [z.object({ workspaceSlug: z.string() }), brandBookSchema.extend({ baseVersion: z.number().int().min(0).optional() })],
};
const numRuns = Number(process.env.MALFORMED_INPUT_RUNS ?? 12);

type Caller = ReturnType<typeof createCaller>;
function procedureAt(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
}

/** Outcomes per procedure, printed at the end: how deep the generated inputs got. */
const tally = new Map<string, { accepted: number; refused: number }>();

describe("malformed input over every procedure", () => {
  afterAll(() => {
    const rows = [...tally.values()];
    const accepted = rows.reduce((n, r) => n + r.accepted, 0);
    const refused = rows.reduce((n, r) => n + r.refused, 0);
    const neverAccepted = [...tally].filter(([, r]) => r.accepted === 0).map(([p]) => p);
    console.info(`malformed input: ${accepted + refused} calls over ${tally.size} procedures, ${accepted} accepted, ${refused} refused; never accepted: ${neverAccepted.join(", ")}`);
  });

  it("finds the whole router (no procedure is skipped)", () => {
    expect(procedures.length).toBeGreaterThan(100);
  });

  it("the tenant fingerprint sees one changed row", async () => {
    const { tenant } = await seedTenant();
    const before = await snapshotTenant(tenant);
    await db.update(contentItems).set({ title: "Changed" }).where(eq(contentItems.workspaceId, tenant.workspaceId));
    expect(changedTables(before, await snapshotTenant(tenant))).toEqual(["content_items"]);
  });

  it.each(procedures.map(([path, procedure]) => [path, procedure] as const))(
    "%s: no 5xx, and a refused call changes no row",
    async (path, procedure) => {
      const { owner, tenant, ids } = await seedTenant();
      const inputs = procedureInputArbitrary(shapes[path] ?? procedure._def.inputs, { workspaceSlug: owner.workspace.slug, ids });
      /** Calls once, snapshotting the tenant around the call; the tables a refused call changed. */
      const callOnce = async (input: unknown) => {
        const before = await snapshotTenant(tenant);
        const caller = createCaller(createInnerContext({ user: owner.user, ip: uniqueIp() }));
        const outcome = await settle(() => procedureAt(caller, path)(input));
        await cancelTenantWorkflows(tenant.workspaceId);
        const changed = outcome.kind === "refused" ? changedTables(before, await snapshotTenant(tenant)) : [];
        return { outcome, changed };
      };
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          let { outcome, changed } = await callOnce(input);
          // A workflow an earlier accepted call started may have been mid-step when it was cancelled:
          // a change must show again when the same input is refused again to count.
          if (changed.length > 0) ({ outcome, changed } = await callOnce(input));
          const counts = tally.get(path) ?? { accepted: 0, refused: 0 };
          counts[outcome.kind === "accepted" ? "accepted" : "refused"]++;
          tally.set(path, counts);
          if (outcome.kind === "server-error") throw new Error(`${path} answered ${outcome.status} (${outcome.message}) to ${show(input)}`);
          if (changed.length > 0 && outcome.kind === "refused") throw new Error(`${path} refused ${show(input)} (${outcome.message}) but changed ${changed.join(", ")}`);
        }),
        { numRuns, endOnFailure: true },
      );
    },
    60_000,
  );
});
