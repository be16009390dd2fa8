import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { authRules, enforce, type RateRule } from "@/server/security/rate-limit";
import { callerFor, unique, uniqueIp } from "../factories/users";

/** Limits count in fixed windows; start a burst only when the current window has a few seconds left. */
async function awayFromWindowEdge(...rules: RateRule[]) {
  for (const rule of rules) {
    const windowMs = rule.windowSeconds * 1000;
    const left = windowMs - (Date.now() % windowMs);
    if (left < 5000) await new Promise((resolve) => setTimeout(resolve, left + 50));
  }
}

const limited = { code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/^Too many attempts\. Please wait \d+ (seconds|minutes) and try again\.$/) };

describe("rate limits", () => {
  it("sign-up: the (N+1)th attempt from one IP is refused", async () => {
    await awayFromWindowEdge(authRules.signUpIp);
    const ip = uniqueIp();
    const email = `${unique("taken")}@example.test`;
    await callerFor(null, ip).auth.signUp({ name: "First", email, password: "correct horse battery" });
    // Further attempts fail fast (email taken) but still count against the IP.
    for (let i = 1; i < authRules.signUpIp.limit; i++) {
      await expect(
        callerFor(null, ip).auth.signUp({ name: "Again", email, password: "correct horse battery" }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
    }
    await expect(
      callerFor(null, ip).auth.signUp({ name: "Again", email: `${unique("fresh")}@example.test`, password: "correct horse battery" }),
    ).rejects.toMatchObject(limited);
    // Another IP is not affected.
    await expect(
      callerFor(null, uniqueIp()).auth.signUp({ name: "Again", email, password: "correct horse battery" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("password reset: the (N+1)th request for one email is refused, whatever the IP", async () => {
    await awayFromWindowEdge(authRules.resetEmail);
    const email = `${unique("reset")}@example.test`;
    for (let i = 0; i < authRules.resetEmail.limit; i++) {
      await callerFor(null, uniqueIp()).auth.requestPasswordReset({ email });
    }
    await expect(callerFor(null, uniqueIp()).auth.requestPasswordReset({ email })).rejects.toMatchObject(limited);
    await expect(
      callerFor(null, uniqueIp()).auth.requestPasswordReset({ email: `${unique("other")}@example.test` }),
    ).resolves.toBeUndefined();
  });

  it("password reset: the (N+1)th request from one IP is refused, whatever the email", async () => {
    await awayFromWindowEdge(authRules.resetIp);
    const ip = uniqueIp();
    for (let i = 0; i < authRules.resetIp.limit; i++) {
      await callerFor(null, ip).auth.requestPasswordReset({ email: `${unique("spray")}@example.test` });
    }
    await expect(callerFor(null, ip).auth.requestPasswordReset({ email: `${unique("spray")}@example.test` })).rejects.toMatchObject(
      limited,
    );
  });

  it("sign-in rules: per email and per IP, counted in the shared table", async () => {
    await awayFromWindowEdge(authRules.signInEmail, authRules.signInIp);
    const email = `${unique("signin")}@example.test`;
    for (let i = 0; i < authRules.signInEmail.limit; i++) await enforce(db, [[authRules.signInEmail, email]]);
    await expect(enforce(db, [[authRules.signInEmail, email.toUpperCase()]])).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("Too many attempts"),
    });
    const ip = uniqueIp();
    for (let i = 0; i < authRules.signInIp.limit; i++) await enforce(db, [[authRules.signInIp, ip]]);
    await expect(enforce(db, [[authRules.signInIp, ip]])).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
