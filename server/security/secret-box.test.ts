import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSecretBox } from "./secret-box";

const key = () => randomBytes(32).toString("base64");

describe("secret box (AES-256-GCM)", () => {
  it("round-trips and never stores the plaintext", () => {
    const box = createSecretBox([key()]);
    const sealed = box.seal("sk-live-123", "ai_provider:1:api_key");
    expect(sealed).not.toContain("sk-live-123");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(box.open(sealed, "ai_provider:1:api_key")).toBe("sk-live-123");
  });

  it("uses a fresh IV each time", () => {
    const box = createSecretBox([key()]);
    expect(box.seal("same", "c")).not.toBe(box.seal("same", "c"));
  });

  it("refuses a value moved to another context", () => {
    const box = createSecretBox([key()]);
    const sealed = box.seal("token", "channel:a:access_token");
    expect(() => box.open(sealed, "channel:b:access_token")).toThrow(/could not be decrypted/);
  });

  it("refuses a tampered ciphertext", () => {
    const box = createSecretBox([key()]);
    const parts = box.seal("token", "c").split(".");
    const ct = Buffer.from(parts[3]!, "base64url");
    ct[0] = ct[0]! ^ 1;
    parts[3] = ct.toString("base64url");
    expect(() => box.open(parts.join("."), "c")).toThrow(/could not be decrypted/);
  });

  it("decrypts with a previous key during rotation and seals with the new one", () => {
    const oldKey = key();
    const newKey = key();
    const sealedOld = createSecretBox([oldKey]).seal("token", "c");
    const rotated = createSecretBox([newKey, oldKey]);
    expect(rotated.open(sealedOld, "c")).toBe("token");
    expect(() => createSecretBox([oldKey]).open(rotated.seal("token", "c"), "c")).toThrow();
  });

  it("rejects a key of the wrong size", () => {
    expect(() => createSecretBox([Buffer.alloc(16).toString("base64")])).toThrow(/32 bytes/);
  });

  it("says clearly that secrets need a key when none is configured", () => {
    expect(() => createSecretBox([]).seal("x", "c")).toThrow(/ENCRYPTION_KEY is not set/);
  });
});
