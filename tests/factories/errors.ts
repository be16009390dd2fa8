import { TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { AppError } from "@/server/errors/app-error";

/** What a form would show for a failed call: per-field messages from zod, or the AppError's field. */
export async function formErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw error;
  const cause = error.cause;
  return {
    code: error.code,
    message: error.message,
    fieldErrors: cause instanceof ZodError ? (z.flattenError(cause).fieldErrors as Record<string, string[] | undefined>) : {},
    field: cause instanceof AppError ? cause.field : undefined,
  };
}
