import "server-only";
import { z } from "zod";
import { boundedDate } from "@/server/validation/dates";

export const auditListInput = z
  .object({
    action: z.string().trim().min(1).max(100).optional(),
    actorId: z.string().min(1).max(64).optional(),
    from: boundedDate().optional(),
    to: boundedDate().optional(),
    cursor: z.string().min(1).max(500).optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: "The start date must be before the end date.",
    path: ["to"],
  });
