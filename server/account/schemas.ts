import "server-only";
import { z } from "zod";
import { passwordSchema } from "@/server/auth/schemas";

export const changePasswordInput = z.object({
  /** Required when the account has a password; accounts that sign in by link or SSO set their first one. */
  currentPassword: z.string().max(200).optional(),
  newPassword: passwordSchema,
});

export const sessionIdInput = z.object({ sessionId: z.string().uuid("Not a session id") });

export const deleteAccountInput = z.object({
  /** The account's email address, typed again to confirm. */
  confirmEmail: z.string().trim().max(254),
  /** Required when the account has a password. */
  password: z.string().max(200).optional(),
});

export interface AccountContext {
  userId: string;
  sessionId: string | null;
  ip: string | null;
  requestId: string;
}
