import "server-only";
import { auditFilters } from "@/server/audit/audit-filters";
import { listAudit } from "@/server/audit/list-audit";
import { auditListInput } from "@/server/audit/schemas";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";

export const auditRouter = router({
  list: workspaceProcedure("audit.view")
    .input(auditListInput)
    .query(({ ctx, input }) => listAudit(ctx, input)),
  filters: workspaceProcedure("audit.view").query(({ ctx }) => auditFilters(ctx)),
});
