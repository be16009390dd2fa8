import "server-only";

/** What one pipeline stage is: the model call it makes and what it makes of the answer. */
import type { ChainLink, RoutedObject } from "@/server/ai/router/types";
import type { StageName } from "@/server/ai/stage-schemas";
import type { RunError } from "./run-error";
import type { VersionContent } from "./write-version";

export type StageCall<T> = (links: ChainLink[], signal: AbortSignal) => Promise<RoutedObject<T>>;

export type StageResult<R> = {
  result: R;
  /** The version this stage writes (every stage writes one). */
  version: VersionContent;
  /** Whether the version becomes the item's current version (drafts do; research notes do not). */
  makeCurrent: boolean;
  /** Appended to the "done" progress line, e.g. "score 9/10". */
  summary?: string;
  /** Extra progress lines (warnings the reviewer should know about). */
  notes?: string[];
  /** Parts of the stage that were skipped on purpose, recorded as their own step rows. */
  skipped?: Array<{ stage: string; reason: string }>;
  /** The answer is recorded, but the run fails here (e.g. the draft still breaks a platform's limit). */
  failure?: RunError;
};

export type StageSpec<T, R> = {
  stage: StageName;
  round: number;
  call: StageCall<T>;
  finish: (object: T) => StageResult<R>;
};
