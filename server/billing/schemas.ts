import "server-only";
import { z } from "zod";

export const checkoutInput = z.object({
  plan: z.enum(["starter", "pro", "enterprise"], { error: "Choose Starter, Pro or Enterprise." }),
  interval: z.enum(["month", "year"], { error: "Choose monthly or yearly billing." }),
});
export type CheckoutInput = z.infer<typeof checkoutInput>;
