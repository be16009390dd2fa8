import { z } from "zod";
import { analyticsTableCsv } from "@/server/analytics/export";
import { analyticsTables, rangeInput } from "@/server/analytics/schemas";
import { AppError } from "@/server/errors/app-error";
import { logger } from "@/server/log/logger";
import { createHttpContext } from "@/server/trpc/http-context";
import { can } from "@/server/workspaces/permissions";
import { resolveWorkspaceAccess } from "@/server/workspaces/resolve-access";

const paramsSchema = z.object({
  workspace: z.string({ error: "Say which workspace (?workspace=<slug>)." }).min(1).max(64),
  table: z.enum(analyticsTables, { error: `Pick a table: ${analyticsTables.join(", ")}.` }),
  from: z.string({ error: "Give a range: ?from=<ISO>&to=<ISO>." }),
  to: z.string({ error: "Give a range: ?from=<ISO>&to=<ISO>." }),
});

const httpStatus: Partial<Record<AppError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400 };
const fail = (status: number, error: string) => Response.json({ error }, { status, headers: { "cache-control": "no-store" } });

/**
 * CSV of one table behind an analytics chart:
 * `/api/analytics/export?workspace=<slug>&table=<table>&from=<ISO>&to=<ISO>`. The signed-in user must
 * be a member of the workspace (another workspace is a 404, as in the app) with `analytics.view`.
 */
export async function GET(request: Request) {
  const ctx = await createHttpContext(request.headers);
  if (!ctx.user) return fail(401, "Please sign in to continue.");
  const parsed = paramsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? "Invalid export request.");
  const { workspace: slug, table, ...rawRange } = parsed.data;
  const range = rangeInput.safeParse(rawRange);
  if (!range.success) return fail(400, range.error.issues[0]?.message ?? "Invalid date range.");
  try {
    const access = await resolveWorkspaceAccess({ ...ctx, user: ctx.user }, slug);
    if (!can(access.role, "analytics.view")) return fail(403, "Your role does not allow this.");
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
  } catch (error) {
    if (error instanceof AppError) return fail(httpStatus[error.code] ?? 400, error.message);
    logger.error("analytics export failed", { requestId: ctx.requestId, table, error });
    return fail(500, "Something went wrong on our side. Please try again.");
  }
}
