import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { AppError } from "@/server/errors/app-error";

/**
 * AES-256-GCM for secrets at rest (OAuth tokens, API keys). A ciphertext is bound to its
 * context (e.g. "ai_provider:<id>:api_key") through GCM's additional data, so a value copied
 * into another row or column does not decrypt. Format: v1.<iv>.<tag>.<ciphertext> (base64url).
 * Key rotation: new values use keys[0]; decryption tries every key in order.
 */
export interface SecretBox {
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

function parseKey(encoded: string): Buffer {
  const key = Buffer.from(encoded, "base64");
  if (key.length !== 32) throw new Error("ENCRYPTION_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32).");
  return key;
}

export function createSecretBox(encodedKeys: string[]): SecretBox {
  const keys = encodedKeys.map(parseKey);
  const [current] = keys;
  return {
    seal(plaintext, context) {
      if (!current) throw new AppError("VALIDATION", "Secrets cannot be stored: ENCRYPTION_KEY is not set on the server.");
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", current, iv);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return ["v1", iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
    },
    open(sealed, context) {
      const [version, iv, tag, ciphertext] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("Not a sealed secret.");
      for (const key of keys) {
        try {
          const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
          decipher.setAAD(Buffer.from(context, "utf8"));
          decipher.setAuthTag(Buffer.from(tag, "base64url"));
          return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
        } catch {
          // try the next key
        }
      }
      throw new Error("A stored secret could not be decrypted (wrong ENCRYPTION_KEY or tampered value).");
    },
  };
}

let box: SecretBox | undefined;
/** The process-wide box from ENCRYPTION_KEY (and ENCRYPTION_KEY_PREVIOUS during a rotation). */
export function secretBox(): SecretBox {
  box ??= createSecretBox(
    [process.env.ENCRYPTION_KEY, ...(process.env.ENCRYPTION_KEY_PREVIOUS ?? "").split(",")].filter(
      (k): k is string => Boolean(k?.trim()),
    ),
  );
  return box;
}
