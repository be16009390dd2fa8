import "server-only";
import { z } from "zod";
import { emailSchema } from "@/server/auth/schemas";
import { roleSchema } from "@/server/members/schemas";

export const invitationTokenSchema = z.string().trim().min(10, "This invitation link is incomplete.").max(300);

export const createInvitationInput = z.object({ email: emailSchema, role: roleSchema });
export const revokeInvitationInput = z.object({ invitationId: z.string().min(1).max(64) });
export const invitationTokenInput = z.object({ token: invitationTokenSchema });
