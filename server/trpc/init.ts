import "server-only";
import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { AppError } from "@/server/errors/app-error";
import { toTRPCError } from "@/server/errors/to-trpc-error";
import { unstorableInputError } from "@/server/validation/unstorable-input";
import type { Context } from "./context";

export const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Subscriptions (SSE): a ping keeps idle streams open through proxies, and a client that hears
  // nothing for 30 s reconnects (resuming after its last event id).
  sse: { ping: { enabled: true, intervalMs: 10_000 }, client: { reconnectAfterInactivityMs: 30_000 } },
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        stack: undefined,
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : undefined,
        field: cause instanceof AppError ? cause.field : undefined,
      },
    };
  },
});

/** Every procedure runs through this: known errors keep their message, unknown ones are logged. */
const mapErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error, ctx.requestId);
  return result;
});

/**
 * Before any input schema runs: text PostgreSQL cannot store (a NUL byte, a lone UTF-16
 * surrogate) anywhere in the raw input is refused with a message naming the field.
 */
const refuseUnstorableInput = t.middleware(async ({ getRawInput, next }) => {
  const error = unstorableInputError(await getRawInput());
  if (error) throw error;
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const baseProcedure = t.procedure.use(mapErrors).use(refuseUnstorableInput);
