import "server-only";

/**
 * Resolves a client's review link token: the signature must be ours, the row must exist with the
 * same expiry, and the link must be neither expired nor revoked — each with its own clear message.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { reviewLinks } from "@/server/db/schema";
import { AppError } from "@/server/errors/app-error";
import { toEpochSeconds } from "@/server/security/signed-token";
import { verifyReviewLinkToken } from "./token";

export type ReviewLinkRow = typeof reviewLinks.$inferSelect;

const invalid = () => new AppError("NOT_FOUND", "This review link is not valid. Check that you copied all of it, or ask for a new one.");

export async function loadLinkByToken(db: Db, token: string, options: { lock?: boolean } = {}): Promise<ReviewLinkRow> {
  const verified = verifyReviewLinkToken(token);
  if (!verified) throw invalid();
  const query = db.select().from(reviewLinks).where(eq(reviewLinks.id, verified.id));
  const [link] = options.lock ? await query.for("update") : await query;
  if (!link || toEpochSeconds(link.expiresAt) !== verified.expiresAtEpoch) throw invalid();
  if (link.revokedAt) throw new AppError("FORBIDDEN", "This review link was revoked. Ask the team for a new one.");
  if (link.expiresAt.getTime() <= Date.now()) {
    throw new AppError("FORBIDDEN", `This review link expired on ${link.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Ask the team for a new one.`);
  }
  return link;
}

export const clientLabel = (name: string) => `Client: ${name} (review link)`;
