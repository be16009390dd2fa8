import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/env";
import { writeAudit } from "@/server/audit/write-audit";
import { db } from "@/server/db/client";
import { accounts, sessions, users, verificationTokens } from "@/server/db/schema";
import { clientIp } from "@/server/trpc/context";
import { authRules, hit } from "@/server/security/rate-limit";
import { authLogger } from "./auth-logger";
import { emailProvider } from "./email-provider";
import { verifyPassword } from "./password";
import { signInInput } from "./schemas";
import { endSession } from "./sessions/end-session";
import { sessionMaxAgeSeconds } from "./sessions/lifetime";
import { sessionToken } from "./sessions/session-token";

class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  logger: authLogger,
  events: {
    // Signing out ends the session's row too, so a copy of the cookie stops working.
    signOut: (message) => endSession("token" in message ? message.token : null),
  },
  pages: { signIn: "/sign-in", verifyRequest: "/check-email", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInInput.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);
        for (const [rule, subject] of [[authRules.signInIp, ip], [authRules.signInEmail, email]] as const) {
          if (subject && !(await hit(db, rule, subject)).ok) throw new RateLimited();
        }
        const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
        if (!(await verifyPassword(user?.passwordHash, password)) || !user) return null;
        await writeAudit(db, { userId: user.id, ip }, { action: "user.signed_in", targetType: "user", targetId: user.id });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    emailProvider,
  ],
  callbacks: {
    async signIn({ user, account, email }) {
      if (account?.provider !== emailProvider.id || email?.verificationRequest) return true;
      // A magic link only signs in an existing account; it never creates one.
      const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, user.email ?? "")).limit(1);
      return Boolean(existing);
    },
    // Every request: a token whose session row was revoked (password change, sign out elsewhere) is refused.
    jwt: ({ token, user, account }) => sessionToken({ token, user, account }),
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
});
