import "server-only";
import { z } from "zod";
import { normaliseWebsite } from "./website";

const websiteMessage = "Enter a website address like acme.com or https://acme.com.";

/** Optional website: empty means none; anything else must be a web address (stored as https URL). */
export const websiteSchema = z
  .string()
  .max(200, "Use at most 200 characters.")
  .nullish()
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    if (value === null || value.trim() === "") return null;
    const url = normaliseWebsite(value);
    if (!url) {
      ctx.addIssue({ code: "custom", message: websiteMessage });
      return z.NEVER;
    }
    return url;
  });

export const workspaceNameSchema = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(80, "Use at most 80 characters.");

export const completeOnboardingInput = z.object({ brandName: workspaceNameSchema, website: websiteSchema });
export const updateWorkspaceInput = z.object({ name: workspaceNameSchema, website: websiteSchema });
export const createWorkspaceInput = z.object({
  organizationId: z.string().min(1).max(64),
  name: workspaceNameSchema,
  website: websiteSchema,
});
