import "server-only";
import { env } from "@/env";
import { signToken, verifyToken } from "@/server/security/signed-token";

const purpose = "review-link";

export const signReviewLinkToken = (linkId: string, expiresAt: Date) => signToken(purpose, linkId, expiresAt);
export const verifyReviewLinkToken = (token: string) => verifyToken(purpose, token);
/** The public page a client opens (no account needed). */
export const reviewLinkUrl = (token: string) => `${env.APP_URL}/r/${token}`;
