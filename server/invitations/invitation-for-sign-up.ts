import "server-only";
import type { Tx } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { assertUsable, invalidInvitationMessage } from "./join-by-invitation";
import { loadInvitationByToken, type LoadedInvitation } from "./load-invitation";

/**
 * The invitation a new account is signing up with, locked for this transaction. It must be
 * usable and addressed to the email being signed up.
 */
export async function invitationForSignUp(tx: Tx, token: string, email: string): Promise<LoadedInvitation> {
  const invitation = await loadInvitationByToken(tx, token, { lock: true });
  if (!invitation) throw new AppError("NOT_FOUND", invalidInvitationMessage, { field: "inviteToken" });
  assertUsable(invitation);
  if (invitation.email !== email) {
    throw new AppError("VALIDATION", `This invitation is for ${invitation.email}. Sign up with that address.`, {
      field: "email",
    });
  }
  return invitation;
}
