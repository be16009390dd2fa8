"use client";

import { ErrorState } from "@/components/shell/error-state";

/** Errors inside a workspace page keep the sidebar around them. */
export default function WorkspaceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState digest={error.digest} onRetry={reset} />;
}
