import "server-only";
import { z } from "zod";
import { AppError } from "@/server/errors/app-error";
import type { Context } from "@/server/trpc/context";
import { can } from "@/lib/workspaces/permissions";
import { resolveWorkspaceAccess } from "@/server/workspaces/resolve-access";
import { analyticsTableCsv } from "./export";
import { analyticsTables, rangeInput } from "./schemas";

const paramsSchema = z.object({
  workspace: z.string({ error: "Say which workspace (?workspace=<slug>)." }).min(1).max(64),
  table: z.enum(analyticsTables, { error: `Pick a table: ${analyticsTables.join(", ")}.` }),
  from: z.string({ error: "Give a range: ?from=<ISO>&to=<ISO>." }),
  to: z.string({ error: "Give a range: ?from=<ISO>&to=<ISO>." }),
});

const fail = (status: number, error: string) => Response.json({ error }, { status, headers: { "cache-control": "no-store" } });

/**
 * The CSV export of one table behind an analytics chart:
 * `/api/analytics/export?workspace=<slug>&table=<table>&from=<ISO>&to=<ISO>`. The signed-in user must
 * be a member of the workspace (another workspace is a 404, as in the app) with `analytics.view`.
 * `contextFor` reads the session (the route passes the HTTP context); errors it does not answer
 * itself are mapped by the route's `withApiErrors`.
 */
export function analyticsExportHandler(contextFor: (request: Request) => Promise<Context>) {
  return async (request: Request): Promise<Response> => {
    const ctx = await contextFor(request);
    if (!ctx.user) return fail(401, "Please sign in to continue.");
    const parsed = paramsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? "Invalid export request.");
    const { workspace: slug, table, ...rawRange } = parsed.data;
    const range = rangeInput.safeParse(rawRange);
    if (!range.success) return fail(400, range.error.issues[0]?.message ?? "Invalid date range.");
    const access = await resolveWorkspaceAccess({ ...ctx, user: ctx.user }, slug);
    if (!can(access.role, "analytics.view")) throw new AppError("FORBIDDEN", "Your role does not allow this.");
    const csv = await analyticsTableCsv({ db: ctx.db, workspace: access.workspace }, table, range.data);
    const filename = `${access.workspace.slug}-${table}-${range.data.from.slice(0, 10)}-to-${range.data.to.slice(0, 10)}.csv`;
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  };
}
