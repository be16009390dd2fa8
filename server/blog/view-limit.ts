import "server-only";
import { createHmac, randomBytes } from "node:crypto";

/**
 * An in-memory, per-process limit on view beacons per client: at most `limit` per minute.
 * Clients are keyed by an HMAC of their address under a random key made at start and rotated
 * hourly, so neither memory nor the database ever holds an IP, and keys cannot be linked across
 * rotations or restarts.
 */
export class ViewLimiter {
  private key = randomBytes(32);
  private keyMadeAt = Date.now();
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly limit = 30,
    private readonly windowMs = 60_000,
    private readonly maxClients = 100_000,
  ) {}

  /** Counts one beacon from `ip`; false when over the limit. A missing address is allowed. */
  allow(ip: string | null, now = Date.now()): boolean {
    if (!ip) return true;
    if (now - this.keyMadeAt > 3_600_000) {
      this.key = randomBytes(32);
      this.keyMadeAt = now;
      this.counts.clear();
    }
    const window = Math.floor(now / this.windowMs);
    if (window !== this.windowStart || this.counts.size >= this.maxClients) {
      this.windowStart = window;
      this.counts.clear();
    }
    const client = createHmac("sha256", this.key).update(ip).digest("base64url").slice(0, 22);
    const n = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, n);
    return n <= this.limit;
  }
}
