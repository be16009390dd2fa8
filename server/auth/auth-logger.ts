import "server-only";
import { logger } from "@/server/log/logger";

/** Auth.js error types that are a visitor's mistake, not a fault: one line, no stack. */
const expected = new Set(["CredentialsSignin", "Verification", "AccessDenied", "OAuthAccountNotLinked", "MissingCSRF"]);

/**
 * Auth.js's logger, writing our JSON lines. A wrong password (CredentialsSignin) or a used magic
 * link is one info line with its code; anything else is an error with the cause's message.
 */
export const authLogger = {
  error(error: Error & { type?: string; code?: string; cause?: unknown }) {
    const type = error.type ?? error.name;
    if (expected.has(type)) {
      logger.info("sign-in refused", { reason: type, ...(error.code ? { code: error.code } : {}) });
      return;
    }
    const cause = error.cause && typeof error.cause === "object" && "err" in error.cause ? (error.cause as { err: unknown }).err : error.cause;
    logger.error("auth error", { type, message: error.message, cause: cause instanceof Error ? cause.message : undefined });
  },
  warn(code: string) {
    logger.warn("auth warning", { code });
  },
  debug() {},
};
