import "server-only";

/** The publish gate trigger's refusal (SQLSTATE LG001), recognised through driver/ORM wrappers. */
import { AppError } from "@/server/errors/app-error";

export const publishGateSqlState = "LG001";

export function isPublishGateError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e === "object" && (e as { code?: unknown }).code === publishGateSqlState) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export function publishGateConflict(cause?: unknown): AppError {
  return new AppError("CONFLICT", "This version is not approved: every approval step must approve the current version before it can be scheduled or published.", { cause });
}

/** Rethrows the gate's refusal as a CONFLICT; anything else unchanged. */
export async function withPublishGate<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isPublishGateError(error)) throw publishGateConflict(error);
    throw error;
  }
}
