import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/server/log/logger";
import { callerFor, unique } from "../factories/users";
import { signInOverHttp } from "./session-http";

afterEach(() => vi.restoreAllMocks());

describe("a wrong password in the log", () => {
  it("is one info line with its reason, no stack trace and no Auth.js console output", async () => {
    const email = `${unique("typo")}@example.test`;
    await callerFor(null).auth.signUp({ name: "Typo", email, password: "right password 123" });
    const consoleLines: unknown[][] = [];
    for (const method of ["error", "warn", "log"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args));
    }
    const info = vi.spyOn(logger, "info");
    const error = vi.spyOn(logger, "error");

    expect(await signInOverHttp(email, "wrong password 456")).toBeNull();

    expect(consoleLines).toEqual([]);
    expect(error).not.toHaveBeenCalled();
    const refused = info.mock.calls.filter(([msg]) => msg === "sign-in refused");
    expect(refused).toEqual([["sign-in refused", { reason: "CredentialsSignin", code: "credentials" }]]);
    expect(JSON.stringify(info.mock.calls)).not.toMatch(/\n\s+at |wrong password/);
  });
});
