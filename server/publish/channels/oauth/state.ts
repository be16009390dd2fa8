import "server-only";

/**
 * OAuth `state` and PKCE: the state is 32 random bytes sent to the platform and stored only as
 * its SHA-256 (a database leak does not let anyone finish someone's connect flow); the PKCE
 * verifier is sealed to its state row.
 */
import { createHash, randomBytes } from "node:crypto";
import { secretBox } from "@/server/security/secret-box";

export const stateTtlMs = 10 * 60_000;

export const newState = () => randomBytes(32).toString("base64url");
export const hashState = (state: string) => createHash("sha256").update(state, "utf8").digest("hex");

export function newPkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

const verifierContext = (stateId: string) => `oauth_state:${stateId}:code_verifier`;
export const sealVerifier = (stateId: string, verifier: string) => secretBox().seal(verifier, verifierContext(stateId));
export const openVerifier = (stateId: string, sealed: string) => secretBox().open(sealed, verifierContext(stateId));
