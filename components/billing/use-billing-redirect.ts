"use client";

import { useMutation } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

/** Checkout and portal: on success the browser goes to Stripe's page. */
export function useBillingRedirect() {
  const trpc = useTRPC();
  const go = { onSuccess: ({ url }: { url: string }) => window.location.assign(url) };
  const checkout = useMutation(trpc.billing.checkout.mutationOptions({ ...go, onError: (error) => toast.error("Couldn't open Checkout", errorMessage(error)) }));
  const portal = useMutation(trpc.billing.portal.mutationOptions({ ...go, onError: (error) => toast.error("Couldn't open the billing portal", errorMessage(error)) }));
  return { checkout, portal };
}
