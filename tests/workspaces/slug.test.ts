import { describe, expect, it } from "vitest";
import { slugify } from "@/server/workspaces/slug";

describe("slugify", () => {
  it("makes readable slugs from brand names", () => {
    expect(slugify("Café Olé & Co.")).toBe("cafe-ole-co");
  });

  it.each(["sign-in", "check-email", "forgot-password", "reset-password", "verify-email", "workspaces", "api", "blog"])(
    "never returns the reserved route %s",
    (name) => {
      expect(slugify(name)).not.toBe(name);
      expect(slugify(name)).toBe(`workspace-${name}`);
    },
  );
});
