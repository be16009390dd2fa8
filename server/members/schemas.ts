import "server-only";
import { z } from "zod";
import { roles } from "@/lib/workspaces/permissions";

const userId = z.string().min(1).max(64);
export const roleSchema = z.enum(roles, "Choose a role: owner, admin, editor, reviewer or viewer.");

export const updateRoleInput = z.object({ userId, role: roleSchema });
export const removeMemberInput = z.object({ userId });
