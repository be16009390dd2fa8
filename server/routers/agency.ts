import "server-only";
import { z } from "zod";
import { clientOverview } from "@/server/agency/client-overview";
import { listAgencies, listClientWorkspaces } from "@/server/agency/list-client-workspaces";
import { organizationInput } from "@/server/agency/schemas";
import { router } from "@/server/trpc/init";
import { authedProcedure } from "@/server/trpc/procedures";

/** Agencies: the client switcher and the overview across an organization's client workspaces. */
export const agencyRouter = router({
  /** Every workspace the caller reaches, grouped by organization (memberships + agency staff's clients). */
  workspaces: authedProcedure.input(z.void()).query(({ ctx }) => listClientWorkspaces(ctx.db, ctx.user.id)),
  /** The organizations where the caller is agency staff (owner or admin). */
  agencies: authedProcedure.input(z.void()).query(({ ctx }) => listAgencies(ctx.db, ctx.user.id)),
  overview: authedProcedure.input(organizationInput).query(({ ctx, input }) => clientOverview(ctx.db, ctx.user.id, input.organizationId)),
});
