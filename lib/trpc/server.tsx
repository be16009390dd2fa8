import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { appRouter } from "@/server/routers/app";
import { createHttpContext } from "@/server/trpc/http-context";
import { makeQueryClient } from "./query-client";

/** One query client and one context per server request. */
export const getQueryClient = cache(makeQueryClient);
const getContext = cache(async () => createHttpContext(await headers()));

export const trpc = createTRPCOptionsProxy({ ctx: getContext, router: appRouter, queryClient: getQueryClient });

/** A server-side caller for RSC code that needs data itself (redirect decisions and the like). */
export const serverCaller = cache(async () => appRouter.createCaller(await getContext()));

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
