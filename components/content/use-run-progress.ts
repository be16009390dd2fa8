"use client";

import { useEffect, useRef, useState } from "react";
import { useTRPCClient } from "@/lib/trpc/client";

export interface ProgressEvent {
  id: number;
  stage: string | null;
  percent: number;
  level: string;
  message: string;
  createdAt: Date;
  runStatus: string;
}

export type ProgressConnection = "connecting" | "live" | "reconnecting" | "ended" | "error";

export interface RunProgress {
  events: ProgressEvent[];
  latest: ProgressEvent | null;
  connection: ProgressConnection;
  error: string | null;
}

/**
 * Streams a run's progress over the progress.run subscription (SSE). The server replays what
 * happened so far, then pushes each event; on a dropped connection the link reconnects with the
 * last event id and the server resumes after it. `onEnd` runs once the run has finished.
 */
export function useRunProgress(workspaceSlug: string, runId: string | null, onEnd?: () => void): RunProgress {
  const client = useTRPCClient();
  const [state, setState] = useState<RunProgress>({ events: [], latest: null, connection: "connecting", error: null });
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  });

  useEffect(() => {
    if (!runId) return;
    setState({ events: [], latest: null, connection: "connecting", error: null });
    const subscription = client.progress.run.subscribe(
      { workspaceSlug, runId },
      {
        onData: ({ data }) =>
          setState((s) => {
            if (s.events.some((e) => e.id === data.id)) return s;
            return { ...s, events: [...s.events, data], latest: data, connection: "live" };
          }),
        onStarted: () => setState((s) => ({ ...s, connection: "live" })),
        onConnectionStateChange: (change) => {
          if (change.state === "connecting" && change.error) setState((s) => ({ ...s, connection: "reconnecting" }));
          if (change.state === "pending") setState((s) => (s.connection === "reconnecting" ? { ...s, connection: "live" } : s));
        },
        onError: (error) => setState((s) => ({ ...s, connection: "error", error: error.message })),
        onComplete: () => {
          setState((s) => ({ ...s, connection: "ended" }));
          onEndRef.current?.();
        },
      },
    );
    return () => subscription.unsubscribe();
  }, [client, workspaceSlug, runId]);

  return state;
}
