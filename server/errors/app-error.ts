import "server-only";

/** The error codes services may raise; each maps to one tRPC/HTTP status. */
export const appErrorCodes = [
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "VALIDATION",
  "RATE_LIMITED",
  "LIMIT_EXCEEDED",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

/** A failure the user can act on; its message is shown to them as is. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;

  constructor(code: AppErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.field = options?.field;
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);
export const forbidden = (message = "Your role does not allow this.") => new AppError("FORBIDDEN", message);
