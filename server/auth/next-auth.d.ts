import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The id of this browser's session row (user_sessions), for "this device" and revocation. */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The session row this token belongs to; checked on every request. */
    sid?: string;
  }
}
