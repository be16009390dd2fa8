import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/app";

export type BillingData = inferRouterOutputs<AppRouter>["billing"]["summary"];
