import "server-only";
import { z } from "zod";

export const emailSchema = z
  .email("Enter a valid email address, like you@company.com.")
  .max(254)
  .transform((e) => e.trim().toLowerCase());

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

export const signUpInput = z.object({
  name: z.string().trim().min(1, "Tell us your name.").max(100),
  email: emailSchema,
  password: passwordSchema,
  /** From an invitation link: join that workspace instead of creating an organization. */
  inviteToken: z.string().trim().min(10).max(300).optional(),
});

export const signInInput = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export const emailOnlyInput = z.object({ email: emailSchema });
export const resetPasswordInput = z.object({ token: z.string().min(20).max(200), password: passwordSchema });
export const tokenInput = z.object({ token: z.string().min(20).max(200) });
