import "server-only";
import { z } from "zod";

export const organizationInput = z.object({ organizationId: z.string().min(1).max(64) });
