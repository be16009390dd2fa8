import type { RouterOutputs } from "@/lib/trpc/types";

export type BillingData = RouterOutputs["billing"]["summary"];
