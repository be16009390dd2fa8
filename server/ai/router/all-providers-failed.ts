import "server-only";

/** Thrown when every link of a fallback chain failed; carries every attempt and its cause. */
import type { AttemptRecord } from "./types";

export class AllProvidersFailed extends Error {
  override readonly name = "AllProvidersFailed";
  constructor(
    readonly attempts: AttemptRecord[],
    readonly causes: unknown[],
  ) {
    const tried = attempts.map((a) => `${a.provider}/${a.model}: ${a.outcome}${a.error ? ` (${a.error})` : ""}`);
    super(attempts.length === 0 ? "The model chain is empty: no provider to call." : `Every provider failed. ${tried.join("; ")}`);
  }

  /** The most useful single explanation for a person: the last non-circuit failure. */
  get likelyCause(): string {
    const real = [...this.attempts].reverse().find((a) => a.outcome !== "circuit_open");
    return real?.error ?? this.attempts.at(-1)?.error ?? "No provider is configured.";
  }
}
