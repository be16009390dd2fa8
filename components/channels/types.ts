import type { RouterOutputs as Outputs } from "@/lib/trpc/types";

export type Channel = Outputs["channel"]["list"][number];
export type AvailableChannel = Outputs["channel"]["available"][number];
