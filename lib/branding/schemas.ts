import { z } from "zod";
import { normaliseHex } from "@/lib/branding/color";

/** A field left out keeps its value; null or "" clears it (falls back to the organization, then Loomcast). */
const optional = <T extends z.ZodType<string | null>>(schema: T) =>
  z
    .union([z.literal(""), z.null(), schema])
    .optional()
    .transform((v) => (v === "" ? null : v) as z.output<T> | null | undefined);

const text = (max: number) => z.string().trim().min(1).max(max, `Use at most ${max} characters.`);

const color = z
  .string()
  .max(16)
  .transform((value, ctx) => {
    const hex = normaliseHex(value);
    if (!hex) {
      ctx.addIssue({ code: "custom", message: "Enter a colour as a hex code like #1d4ed8." });
      return z.NEVER;
    }
    return hex;
  });

/** Images are https URLs: never fetched by the server, loaded by browsers and mail clients. */
const imageUrl = z
  .string()
  .trim()
  .max(2000, "Use a shorter address (at most 2000 characters).")
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter a full address starting with https://." });
      return z.NEVER;
    }
    if (url.protocol !== "https:" || url.username || url.password || !url.hostname.includes(".")) {
      ctx.addIssue({ code: "custom", message: "Use an https:// address on a public host, without a user name or password." });
      return z.NEVER;
    }
    return url.toString();
  });

export const brandingFields = z.object({
  productName: optional(text(60)),
  logoUrl: optional(imageUrl),
  faviconUrl: optional(imageUrl),
  primaryColor: optional(color),
  primaryForegroundColor: optional(color),
  accentColor: optional(color),
  emailSenderName: optional(
    text(60).refine((v) => !/[<>"@\r\n]/.test(v), "A sender name cannot contain < > \" @ or line breaks."),
  ),
  emailFooter: optional(text(300)),
});
export type BrandingFields = z.output<typeof brandingFields>;

export const brandingFieldNames = [
  "productName",
  "logoUrl",
  "faviconUrl",
  "primaryColor",
  "primaryForegroundColor",
  "accentColor",
  "emailSenderName",
  "emailFooter",
] as const;
export type BrandingFieldName = (typeof brandingFieldNames)[number];
/** Stored values of one branding profile (null: not set at this level). */
export type StoredBranding = Record<BrandingFieldName, string | null>;
