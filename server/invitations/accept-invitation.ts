import "server-only";
import { transaction } from "@/server/db/transaction";
import { AppError, forbidden } from "@/server/errors/app-error";
import type { UserServiceContext } from "@/server/workspaces/service-context";
import { invalidInvitationMessage, joinByInvitation } from "./join-by-invitation";
import { loadInvitationByToken } from "./load-invitation";

/** The signed-in user accepts an invitation sent to their own address. */
export async function acceptInvitation(ctx: UserServiceContext, input: { token: string }): Promise<{ workspaceSlug: string }> {
  return transaction(async ({ tx }) => {
    const invitation = await loadInvitationByToken(tx, input.token, { lock: true });
    if (!invitation) throw new AppError("NOT_FOUND", invalidInvitationMessage);
    if (invitation.status === "valid" && invitation.email !== ctx.user.email.toLowerCase()) {
      throw forbidden(
        `This invitation was sent to ${invitation.email}, but you are signed in as ${ctx.user.email}. ` +
          "Sign in with the invited address to accept it.",
      );
    }
    return joinByInvitation(tx, ctx.actor, invitation);
  });
}
