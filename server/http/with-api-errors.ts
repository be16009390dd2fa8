import "server-only";
import { unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import { AppError, type AppErrorCode } from "@/server/errors/app-error";
import { pgDataError, sqlState } from "@/server/errors/pg-data-error";
import { logger } from "@/server/log/logger";
import { unstorableInputError } from "@/server/validation/unstorable-input";

const httpStatus: Record<AppErrorCode, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  RATE_LIMITED: 429,
  LIMIT_EXCEEDED: 403,
};

const errorJson = (status: number, error: string) => Response.json({ error }, { status, headers: { "cache-control": "no-store" } });

/** The JSON answer for anything a route handler threw: the user's mistakes are 4xx with a plain message. */
export function apiErrorResponse(error: unknown, route: string, requestId: string): Response {
  if (error instanceof AppError) return errorJson(httpStatus[error.code], error.message);
  if (error instanceof ZodError) return errorJson(400, error.issues[0]?.message ?? "Invalid request.");
  const dataError = pgDataError(error);
  if (dataError) {
    logger.warn("input refused by PostgreSQL (a schema let it through)", { route, requestId, sqlState: sqlState(error) });
    return errorJson(400, dataError.message);
  }
  logger.error("route failed", { route, requestId, error });
  return errorJson(500, `Something went wrong on our side. Please try again; if it keeps happening, contact support with reference ${requestId}.`);
}

function paramsObject(searchParams: URLSearchParams): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of searchParams.keys()) {
    const all = searchParams.getAll(key);
    values[key] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

/** Forms larger than this are left to the handler (none of ours posts more than a few fields). */
const maxCheckedFormLength = 100_000;

/**
 * What the user sent outside a JSON body: query string, path parameters (`{ params }` of a dynamic
 * route) and a form-encoded body (read from a clone, so the handler still gets the whole body).
 */
async function plainInput(request: Request, context: unknown): Promise<Record<string, unknown>> {
  const params = (context as { params?: Promise<unknown> } | undefined)?.params;
  const input: Record<string, unknown> = { ...paramsObject(new URL(request.url).searchParams), ...(params ? ((await params) as object) : {}) };
  const type = request.headers.get("content-type") ?? "";
  if (request.body && type.startsWith("application/x-www-form-urlencoded")) {
    const form = await request.clone().text();
    if (form.length <= maxCheckedFormLength) Object.assign(input, paramsObject(new URLSearchParams(form)));
  }
  return input;
}

/**
 * Wraps an API route handler: text PostgreSQL cannot store in the query string, path or form is a 400
 * before the handler runs, AppErrors keep their status and message, zod errors and PostgreSQL data
 * exceptions are 400s, and anything else is logged once and answered with a generic 500.
 * Handlers still answer in their own format for the cases they handle themselves.
 */
export function withApiErrors<Req extends Request, Rest extends unknown[]>(
  route: string,
  handler: (request: Req, ...rest: Rest) => Promise<Response>,
): (request: Req, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    try {
      const refused = unstorableInputError(await plainInput(request, rest[0]));
      if (refused) return errorJson(400, refused.message);
      return await handler(request, ...rest);
    } catch (error) {
      unstable_rethrow(error);
      return apiErrorResponse(error, route, requestId);
    }
  };
}
