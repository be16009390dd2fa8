import "server-only";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { requestPasswordReset } from "@/server/auth/request-password-reset";
import { resetPassword } from "@/server/auth/reset-password";
import { emailOnlyInput, resetPasswordInput, signUpInput, tokenInput } from "@/server/auth/schemas";
import { signUp } from "@/server/auth/sign-up";
import { resendVerification, verifyEmail } from "@/server/auth/verify-email";
import { actorOf } from "@/server/trpc/context";
import { router } from "@/server/trpc/init";
import { authedProcedure, publicProcedure } from "@/server/trpc/procedures";

export const authRouter = router({
  signUp: publicProcedure.input(signUpInput).mutation(({ ctx, input }) => signUp(actorOf(ctx), input)),
  requestPasswordReset: publicProcedure
    .input(emailOnlyInput)
    .mutation(({ ctx, input }) => requestPasswordReset(actorOf(ctx), input.email)),
  resetPassword: publicProcedure.input(resetPasswordInput).mutation(({ ctx, input }) => resetPassword(actorOf(ctx), input)),
  verifyEmail: publicProcedure.input(tokenInput).mutation(({ ctx, input }) => verifyEmail(actorOf(ctx), input.token)),
  resendVerification: authedProcedure.mutation(({ ctx }) => resendVerification({ ...actorOf(ctx), userId: ctx.user.id })),
  me: authedProcedure.input(z.void()).query(async ({ ctx }) => {
    const [me] = await ctx.db
      .select({ id: users.id, name: users.name, email: users.email, emailVerified: users.emailVerified })
      .from(users)
      .where(eq(users.id, ctx.user.id));
    return me ?? null;
  }),
});
