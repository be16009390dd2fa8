import "server-only";
import { z } from "zod";

export const domainKinds = ["blog", "app"] as const;
export type DomainKind = (typeof domainKinds)[number];

export const addDomainInput = z.object({
  kind: z.enum(domainKinds, { message: "Choose a blog domain or an app domain." }),
  host: z.string().trim().min(1, "Enter a domain, e.g. blog.example.com.").max(300, "That domain is too long."),
});
export type AddDomainInput = z.infer<typeof addDomainInput>;

export const domainIdInput = z.object({ domainId: z.string().uuid("Unknown domain.") });
export type DomainIdInput = z.infer<typeof domainIdInput>;
