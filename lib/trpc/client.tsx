"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, loggerLink, retryLink, splitLink, type TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/routers/app";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;
function getQueryClient() {
  if (typeof window === "undefined") return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}

/**
 * A stream the server closed for a restart (TIMEOUT), a refused or broken connection (no code) and
 * server faults are worth another try; "not found", "sign in" and the like are not.
 */
function shouldResubscribe({ error, attempts }: { error: TRPCClientError<AppRouter>; attempts: number }): boolean {
  const code = error.data?.code;
  return attempts < 40 && (code === undefined || code === "TIMEOUT" || code === "INTERNAL_SERVER_ERROR" || code === "SERVICE_UNAVAILABLE");
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        loggerLink({ enabled: (op) => process.env.NODE_ENV === "development" && op.direction === "down" && op.result instanceof Error }),
        // Subscriptions (live progress) over SSE, re-subscribed after a dropped or refused
        // connection (resuming after the last event id); everything else batched over HTTP.
        splitLink({
          condition: (op) => op.type === "subscription",
          true: [
            // The first pause outlasts a server's 5 s keep-alive, so a restarting server's connection is gone.
            retryLink({ retry: shouldResubscribe, retryDelayMs: (attempt) => Math.min(15_000, 6_000 * attempt) }),
            httpSubscriptionLink({ url: "/api/trpc", transformer: superjson }),
          ],
          false: httpBatchLink({ url: "/api/trpc", transformer: superjson }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
