import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/server/auth/config";

/** The signed-in user, or a redirect to sign in that comes back to `returnTo`. */
export async function requireSession(returnTo: string) {
  const session = await auth();
  if (!session?.user?.id) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return session.user;
}

/**
 * Maps a tRPC error from a server-side call to the page it deserves: 404, or sign in. A page's
 * own call is BAD_REQUEST only when its URL carried something malformed (a NUL byte in the
 * slug): no such page either.
 */
export function handleServerError(error: unknown, returnTo: string): never {
  if (error instanceof TRPCError) {
    if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || error.code === "BAD_REQUEST") notFound();
    if (error.code === "UNAUTHORIZED") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  throw error;
}
