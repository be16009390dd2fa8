import "server-only";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { logger } from "@/server/log/logger";
import { isPublishGateError, publishGateConflict } from "@/server/review/gate-error";
import { AppError, type AppErrorCode } from "./app-error";
import { pgDataError, sqlState } from "./pg-data-error";

const trpcCode: Record<AppErrorCode, TRPCError["code"]> = {
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  VALIDATION: "BAD_REQUEST",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  LIMIT_EXCEEDED: "FORBIDDEN",
};

/**
 * Maps anything thrown by a procedure to a TRPCError. AppErrors keep their message;
 * unknown errors are logged with the request id and replaced by a generic message.
 */
export function toTRPCError(error: unknown, requestId: string): TRPCError {
  if (error instanceof TRPCError) {
    if (error.cause instanceof AppError || error.cause instanceof ZodError) return toTRPCError(error.cause, requestId);
    if (error.code !== "INTERNAL_SERVER_ERROR") return error;
    return toTRPCError(error.cause ?? new Error(error.message), requestId);
  }
  if (error instanceof AppError) {
    return new TRPCError({ code: trpcCode[error.code], message: error.message, cause: error });
  }
  if (error instanceof ZodError) {
    return new TRPCError({ code: "BAD_REQUEST", message: "Some fields need attention.", cause: error });
  }
  if (isPublishGateError(error)) return toTRPCError(publishGateConflict(error), requestId);
  const dataError = pgDataError(error);
  if (dataError) {
    logger.warn("input refused by PostgreSQL (a schema let it through)", { requestId, sqlState: sqlState(error) });
    return toTRPCError(dataError, requestId);
  }
  logger.error("unhandled error", { requestId, error });
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: `Something went wrong on our side. Please try again; if it keeps happening, contact support with reference ${requestId}.`,
  });
}
