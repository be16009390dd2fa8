import "server-only";
import { addDomain } from "@/server/domains/add-domain";
import { checkDomain } from "@/server/domains/check-domain";
import { listDomains } from "@/server/domains/list-domains";
import { removeDomain } from "@/server/domains/remove-domain";
import { addDomainInput, domainIdInput } from "@/server/domains/schemas";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext } from "@/server/workspaces/service-context";

/** Custom domains: the workspace's blog domain and the organization's app domain (owners/admins of the organization). */
export const domainRouter = router({
  list: workspaceProcedure("workspace.view").query(({ ctx }) => listDomains(ctx)),
  add: workspaceProcedure("workspace.manage")
    .input(addDomainInput)
    .mutation(({ ctx, input }) => addDomain(workspaceServiceContext(ctx), input)),
  check: workspaceProcedure("workspace.manage")
    .input(domainIdInput)
    .mutation(({ ctx, input }) => checkDomain(workspaceServiceContext(ctx), input)),
  remove: workspaceProcedure("workspace.manage")
    .input(domainIdInput)
    .mutation(({ ctx, input }) => removeDomain(workspaceServiceContext(ctx), input)),
});
