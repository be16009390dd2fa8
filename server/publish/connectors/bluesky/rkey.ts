import "server-only";

/**
 * Record keys for posts. Bluesky's PDS only accepts a caller-chosen rkey for app.bsky.feed.post
 * when it is a TID (13 base32-sortable characters: 53 bits of microseconds, 10 bits of clock
 * id) close to the current time, and the AppView ignores posts under other keys. So the key is
 * a TID of the moment of posting whose clock id is derived from "<idempotencyKey>:<part index>":
 * a post we made for a job can be recognised later (findExisting) by its clock id and its text.
 */
import { createHash } from "node:crypto";

const alphabet = "234567abcdefghijklmnopqrstuvwxyz";

function s32encode(value: bigint, length: number): string {
  let out = "";
  let rest = value;
  while (rest > 0n) {
    out = alphabet[Number(rest % 32n)]! + out;
    rest /= 32n;
  }
  return out.padStart(length, "2");
}

function s32decode(text: string): bigint {
  let value = 0n;
  for (const ch of text) {
    const digit = alphabet.indexOf(ch);
    if (digit < 0) throw new Error("not base32-sortable");
    value = value * 32n + BigInt(digit);
  }
  return value;
}

/** The 10-bit clock id that marks part `index` of the post with `idempotencyKey`. */
export function clockIdFor(idempotencyKey: string, index: number): number {
  const digest = createHash("sha256").update(`${idempotencyKey}:${index}`).digest();
  return ((digest[0]! << 8) | digest[1]!) & 0x3ff;
}

export function tid(timestampUs: bigint, clockId: number): string {
  return s32encode(timestampUs & ((1n << 53n) - 1n), 11) + s32encode(BigInt(clockId & 0x3ff), 2);
}

export function parseTid(rkey: string): { timestampUs: bigint; clockId: number } | null {
  if (!/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(rkey)) return null;
  return { timestampUs: s32decode(rkey.slice(0, 11)), clockId: Number(s32decode(rkey.slice(11))) };
}

/** The rkey for part `index` of a post made now (parts get consecutive microseconds so they sort in order). */
export function rkeyFor(idempotencyKey: string, index: number, nowMs = Date.now()): string {
  return tid(BigInt(nowMs) * 1000n + BigInt(index), clockIdFor(idempotencyKey, index));
}

export function rkeyOfUri(uri: string): string {
  return uri.split("/").pop() ?? uri;
}
