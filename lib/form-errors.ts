import { TRPCClientError } from "@trpc/client";

export interface FormErrors {
  /** A message for the whole form (role="alert"), or null when every problem belongs to a field. */
  message: string | null;
  /** The first problem per field, by input name. */
  fields: Record<string, string>;
}

export const noFormErrors: FormErrors = { message: null, fields: {} };

interface ErrorData {
  fieldErrors?: Record<string, string[] | undefined>;
  field?: string;
  code?: string;
}

const genericMessage = "Something went wrong. Check your connection and try again.";

/**
 * Turns a tRPC error into what a form shows: per-field messages for the fields it has
 * (zod's flattened fieldErrors, or the AppError's field) and the rest as one message.
 */
export function formErrorsFrom(error: unknown, knownFields: readonly string[] = []): FormErrors {
  if (!(error instanceof TRPCClientError)) {
    return { message: error instanceof Error && error.message ? error.message : genericMessage, fields: {} };
  }
  if (!error.data) return { message: genericMessage, fields: {} };
  const data = error.data as ErrorData;
  const fields: Record<string, string> = {};
  let unplaced = false;
  for (const [name, messages] of Object.entries(data.fieldErrors ?? {})) {
    const first = messages?.[0];
    if (!first) continue;
    if (knownFields.includes(name)) fields[name] = first;
    else unplaced = true;
  }
  if (data.field && knownFields.includes(data.field)) fields[data.field] = error.message;
  else if (data.field) unplaced = true;
  const placed = Object.keys(fields).length > 0;
  const message = placed && !unplaced ? null : error.message || genericMessage;
  return { message, fields };
}

/** The user-facing message of any error (for toasts). */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && !error.data) return genericMessage;
  if (error instanceof Error && error.message) return error.message;
  return genericMessage;
}
