import "server-only";

/** A model answered, but not with what was asked for (invalid JSON, or JSON that misses the schema). */
export class MalformedOutputError extends Error {
  override readonly name = "MalformedOutputError";
  constructor(
    readonly reason: string,
    readonly rawText: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(`Malformed model output: ${reason}`, options);
  }
}
