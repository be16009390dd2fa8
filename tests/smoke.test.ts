import { describe, expect, it } from "vitest";
import { callerFor, createOwner } from "./factories/users";

describe("test harness", () => {
  it("runs procedures against a migrated database", async () => {
    const { user } = await createOwner();
    const me = await callerFor(user).auth.me();
    expect(me?.email).toBe(user.email);
  });

  it("refuses anonymous callers on authed procedures", async () => {
    await expect(callerFor(null).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
