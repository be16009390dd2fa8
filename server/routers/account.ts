import "server-only";
import { z } from "zod";
import { changePassword } from "@/server/account/change-password";
import { deleteAccount } from "@/server/account/delete-account";
import { hasPassword } from "@/server/account/has-password";
import { changePasswordInput, deleteAccountInput, sessionIdInput, type AccountContext } from "@/server/account/schemas";
import { signOutOtherSessions, signOutSession } from "@/server/account/sign-out-sessions";
import { listSessions } from "@/server/auth/sessions/list-sessions";
import type { Context, SessionUser } from "@/server/trpc/context";
import { router } from "@/server/trpc/init";
import { authedProcedure } from "@/server/trpc/procedures";

const accountCtx = (ctx: Context & { user: SessionUser }): AccountContext => ({
  userId: ctx.user.id,
  sessionId: ctx.user.sessionId ?? null,
  ip: ctx.ip,
  requestId: ctx.requestId,
});

/** The signed-in user's own account: sessions, password, deletion. */
export const accountRouter = router({
  sessions: authedProcedure
    .input(z.void())
    .query(({ ctx }) => listSessions({ db: ctx.db, userId: ctx.user.id, currentSessionId: ctx.user.sessionId ?? null })),
  signOutSession: authedProcedure.input(sessionIdInput).mutation(({ ctx, input }) => signOutSession(accountCtx(ctx), input)),
  signOutOtherSessions: authedProcedure.input(z.void()).mutation(({ ctx }) => signOutOtherSessions(accountCtx(ctx))),
  changePassword: authedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changePassword(accountCtx(ctx), input)),
  delete: authedProcedure.input(deleteAccountInput).mutation(({ ctx, input }) => deleteAccount(accountCtx(ctx), input)),
  /** Whether the account has a password (the forms ask for the current one only then). */
  security: authedProcedure.input(z.void()).query(async ({ ctx }) => {
    return { hasPassword: await hasPassword(ctx.db, ctx.user.id) };
  }),
});
