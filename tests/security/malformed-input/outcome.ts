/** What a call did, as its HTTP status would say: accepted, refused (4xx) or failed on our side (5xx). */
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";

export type Outcome =
  | { kind: "accepted" }
  | { kind: "refused"; status: number; message: string }
  | { kind: "server-error"; status: number; message: string };

export async function settle(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    // A subscription answers with an async iterable: close it without waiting for events.
    const iterable = result as { [Symbol.asyncIterator]?: () => AsyncIterator<unknown> } | null;
    const open = iterable?.[Symbol.asyncIterator];
    if (open) await open.call(iterable).return?.();
    return { kind: "accepted" };
  } catch (error) {
    if (!(error instanceof TRPCError)) return { kind: "server-error", status: 500, message: String(error) };
    const status = getHTTPStatusCodeFromError(error);
    return { kind: status >= 500 ? "server-error" : "refused", status, message: error.message };
  }
}

/** An input as a short, printable string (control characters and surrogates escaped). */
export function show(input: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(input, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v instanceof Date ? `Date(${v.getTime()})` : v)) ?? String(input);
  } catch {
    text = String(input);
  }
  const escaped = text.replace(/[\u0000-\u001f\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return escaped.length > 300 ? `${escaped.slice(0, 300)}… (${escaped.length} chars)` : escaped;
}
