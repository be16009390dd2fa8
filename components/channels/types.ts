import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/app";

type Outputs = inferRouterOutputs<AppRouter>;

export type Channel = Outputs["channel"]["list"][number];
export type AvailableChannel = Outputs["channel"]["available"][number];
