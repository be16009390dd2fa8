import { describe, expect, it } from "vitest";
import { clientIp } from "@/server/trpc/context";

const headers = (init: Record<string, string>) => new Headers(init);

describe("clientIp", () => {
  it("takes the address our proxy appended, not what the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the load balancer appended the real peer.
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.4" }))).toBe("198.51.100.4");
  });

  it("counts trusted hops from the right", () => {
    expect(clientIp(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.2" }), 2)).toBe("198.51.100.4");
  });

  it("uses the only entry when there is one", () => {
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("never walks past the start of the list", () => {
    expect(clientIp(headers({ "x-forwarded-for": "203.0.113.9" }), 3)).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(clientIp(headers({ "x-real-ip": "203.0.113.10" }))).toBe("203.0.113.10");
    expect(clientIp(headers({}))).toBeNull();
  });
});
