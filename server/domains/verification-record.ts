import "server-only";

/** The DNS records a customer creates for a custom domain. */
export const verifyPrefix = "_loomcast-verify";

export function verificationRecord(host: string, token: string) {
  return { type: "TXT" as const, name: `${verifyPrefix}.${host}`, value: `loomcast-verify=${token}` };
}

export function cnameRecord(host: string, target: string) {
  return { type: "CNAME" as const, name: host, value: target };
}

/** A fresh verification token: 128 random bits, hex. */
export const newVerificationToken = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("hex");
