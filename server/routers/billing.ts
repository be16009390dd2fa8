import "server-only";
import { createCheckout } from "@/server/billing/create-checkout";
import { createPortal } from "@/server/billing/create-portal";
import { getBilling } from "@/server/billing/get-billing";
import { checkoutInput } from "@/server/billing/schemas";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext } from "@/server/workspaces/service-context";

/** The organization's billing, seen from one of its workspaces: members read it, billing managers change it. */
export const billingRouter = router({
  summary: workspaceProcedure("workspace.view").query(({ ctx }) => getBilling(ctx)),
  checkout: workspaceProcedure("billing.manage")
    .input(checkoutInput)
    .mutation(({ ctx, input }) => createCheckout(workspaceServiceContext(ctx), input)),
  portal: workspaceProcedure("billing.manage").mutation(({ ctx }) => createPortal(workspaceServiceContext(ctx))),
});
