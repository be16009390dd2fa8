/**
 * Issue #13 item 3, case by case: text PostgreSQL cannot store is refused at the edge with a
 * message naming the field, dates are bounded, and a PostgreSQL data exception that gets past
 * the schemas anyway is a 400 with a plain message, not a 500. Valid text (emoji included) is
 * accepted as before.
 */
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, pool } from "@/server/db/client";
import { workspaces } from "@/server/db/schema";
import { pgDataError } from "@/server/errors/pg-data-error";
import { toTRPCError } from "@/server/errors/to-trpc-error";
import { apiErrorResponse, withApiErrors } from "@/server/http/with-api-errors";
import { describePath, findUnsafeText } from "@/server/validation/find-unsafe-text";
import { safeText } from "@/server/validation/text";
import { formErrorsOf } from "../factories/errors";
import { callerFor, createOwner } from "../factories/users";
import { snapshotWorkspace } from "../factories/workspaces";

describe("finding text PostgreSQL cannot store", () => {
  it("finds NUL bytes and lone surrogates in values and keys, anywhere, and names the path", () => {
    expect(findUnsafeText({ a: [{ b: "ok" }, { c: "x\u0000" }] })).toMatchObject({ path: ["a", 1, "c"] });
    expect(findUnsafeText({ steps: [{ name: "\uD800" }] })?.problem).toMatch(/not valid Unicode/);
    expect(findUnsafeText({ ["k\u0000"]: 1 })).toMatchObject({ path: ["k\u0000"] });
    expect(findUnsafeText(new Map([["m", "\uDFFF"]]))).toMatchObject({ path: ["m"] });
    expect(describePath(["targets", 2, "topic"])).toBe("targets[2].topic");
  });

  it("accepts well-formed text: emoji (surrogate pairs), accents, every other control character", () => {
    expect(findUnsafeText({ name: "Café ☕ 🚀 👩🏽‍💻", body: "tab\tnew\nline\u0001" })).toBeNull();
    expect(safeText().safeParse("🚀 launch").success).toBe(true);
    expect(safeText().safeParse("a\u0000b").error?.issues[0]?.message).toBe("This text contains a NUL character (\\u0000), which cannot be stored.");
  });

  it("refuses absurd nesting without exhausting the stack", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep)?.problem).toMatch(/nested more than/);
  });
});

describe("tRPC: the edge check and bounded dates", () => {
  it("a NUL byte in a field is BAD_REQUEST naming the field, and nothing changes", async () => {
    const owner = await createOwner();
    const before = await snapshotWorkspace(owner.workspace.id);
    const errors = await formErrorsOf(callerFor(owner.user).workspace.update({ workspaceSlug: owner.workspace.slug, name: "Acme\u0000 Inc" }));
    expect(errors).toMatchObject({ code: "BAD_REQUEST", field: "name" });
    expect(errors.message).toBe("The field “name” contains a NUL character (\\u0000), which cannot be stored.");
    expect(await snapshotWorkspace(owner.workspace.id)).toEqual(before);
  });

  it("a lone surrogate bound for jsonb is BAD_REQUEST naming the nested field", async () => {
    const owner = await createOwner();
    const call = callerFor(owner.user).review.setPolicy({ workspaceSlug: owner.workspace.slug, allowSelfApproval: false, steps: [{ name: "Legal \uD83D", kind: "role" as never }] });
    const errors = await formErrorsOf(call);
    expect(errors).toMatchObject({ code: "BAD_REQUEST", field: "steps" });
    expect(errors.message).toBe("The field “steps[0].name” is not valid Unicode text (it has a lone surrogate).");
  });

  it("valid text with emoji is saved as before", async () => {
    const owner = await createOwner();
    await callerFor(owner.user).workspace.update({ workspaceSlug: owner.workspace.slug, name: "Café 🚀 Studio" });
    const [row] = await db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, owner.workspace.id));
    expect(row?.name).toBe("Café 🚀 Studio");
  });

  it("dates outside 1970–9999 are BAD_REQUEST with a plain message (audit filters, analytics and calendar ranges)", async () => {
    const owner = await createOwner();
    const caller = callerFor(owner.user);
    const slug = owner.workspace.slug;
    const far = await formErrorsOf(caller.audit.list({ workspaceSlug: slug, from: new Date(8.64e15) }));
    expect(far).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { from: ["Pick a date between 1970 and 9999."] } });
    const invalid = await formErrorsOf(caller.audit.list({ workspaceSlug: slug, to: new Date(Number.NaN) }));
    expect(invalid.code).toBe("BAD_REQUEST");
    const range = await formErrorsOf(caller.analytics.production({ workspaceSlug: slug, from: "0001-01-01T00:00:00Z", to: "0001-02-01T00:00:00Z" }));
    expect(range).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { from: ["Pick a date between 1970 and 9999."] } });
    await expect(caller.audit.list({ workspaceSlug: slug, from: new Date("2026-01-01T00:00:00Z") })).resolves.toMatchObject({ items: expect.any(Array) });
  });
});

describe("PostgreSQL data exceptions (class 22) are the user's to fix", () => {
  const pgError = (query: string) => pool.query(query).then(() => expect.unreachable(), (e: unknown) => e);

  it("maps a real class-22 error to VALIDATION with a plain message, through drizzle's wrapper too", async () => {
    const invalidText = await pgError("select 'abc'::int");
    expect(pgDataError(invalidText)).toMatchObject({ code: "VALIDATION", message: "A value is not in the expected format." });
    const wrapped = await db.execute(sql`select ${"10000000-01-01"}::date`).then(() => expect.unreachable(), (e: unknown) => e);
    expect(wrapped).not.toHaveProperty("code"); // drizzle's DrizzleQueryError, pg's error as its cause
    expect(pgDataError(wrapped)?.code).toBe("VALIDATION");
    expect(pgDataError(await pgError("select * from no_such_table"))).toBeNull();
  });

  it("tRPC answers BAD_REQUEST (not 500) and REST routes a 400 JSON", async () => {
    const error = await pgError("select 'twelve'::numeric");
    const trpc = toTRPCError(error, "req-1");
    expect(trpc).toBeInstanceOf(TRPCError);
    expect(trpc.code).toBe("BAD_REQUEST");
    const response = apiErrorResponse(error, "test", "req-1");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "A value is not in the expected format." });
  });

  it("any other database error is still a logged 500 with a reference", async () => {
    const error = await pgError("select * from no_such_table");
    expect(toTRPCError(error, "req-2").code).toBe("INTERNAL_SERVER_ERROR");
    expect(apiErrorResponse(error, "test", "req-2").status).toBe(500);
  });
});

describe("withApiErrors (every route handler)", () => {
  const echo = withApiErrors("echo", async (request: Request) => new Response(await request.text()));
  const post = (body: string) =>
    echo(new Request("http://localhost/api/echo", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } }));

  it("refuses a NUL byte in a form field (sign-in, magic link) before the handler runs, naming the field", async () => {
    const response = await post("email=a%00b%40example.test&password=x");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "The field “email” contains a NUL character (\\u0000), which cannot be stored." });
  });

  it("hands a clean form to the handler whole", async () => {
    const response = await post("email=ada%40example.test&password=%F0%9F%9A%80");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("email=ada%40example.test&password=%F0%9F%9A%80");
  });

  it("answers an AppError with its status and a thrown bug with a logged 500", async () => {
    const { AppError } = await import("@/server/errors/app-error");
    const notFound = await withApiErrors("x", async () => {
      throw new AppError("NOT_FOUND", "Post was not found.");
    })(new Request("http://localhost/x"));
    expect([notFound.status, await notFound.json()]).toEqual([404, { error: "Post was not found." }]);
    const bug = await withApiErrors("x", async () => {
      throw new TypeError("boom");
    })(new Request("http://localhost/x", { headers: { "x-request-id": "req-9" } }));
    expect(bug.status).toBe(500);
    expect((await bug.json()).error).toContain("req-9");
  });
});

