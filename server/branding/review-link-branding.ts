import "server-only";
import { eq } from "drizzle-orm";
import { db as pool, type Db } from "@/server/db/client";
import { reviewLinks } from "@/server/db/schema";
import { verifyReviewLinkToken } from "@/server/review-links/token";
import { loomcastBranding, type Branding } from "@/lib/branding/defaults";
import { brandingForWorkspace } from "./get-branding";

/**
 * The branding of the workspace a review link belongs to (its agency's, under white-label).
 * A token that is not ours shows Loomcast's; expiry and revocation are the page's business.
 */
export async function brandingForReviewToken(token: string, db: Db = pool): Promise<Branding> {
  const verified = verifyReviewLinkToken(token);
  if (!verified) return loomcastBranding;
  const [link] = await db.select({ workspaceId: reviewLinks.workspaceId }).from(reviewLinks).where(eq(reviewLinks.id, verified.id));
  return link ? brandingForWorkspace(link.workspaceId, db) : loomcastBranding;
}
