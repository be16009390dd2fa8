import { describe, expect, it } from "vitest";
import { normaliseWebsite } from "@/server/workspaces/website";

describe("normaliseWebsite", () => {
  it.each([
    ["acme.com", "https://acme.com"],
    ["https://acme.com/", "https://acme.com"],
    ["http://acme.com", "https://acme.com"],
    ["  Acme.COM  ", "https://acme.com"],
    ["www.acme.co.uk/blog/", "https://www.acme.co.uk/blog"],
    ["https://shop.acme.com/en?ref=x", "https://shop.acme.com/en?ref=x"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseWebsite(input)).toBe(expected);
  });

  it.each(["", "acme", "not a website", "ftp://acme.com", "javascript:alert(1)", "https://user:pw@acme.com", "acme.com:8080", "acme.c0m", "http://"])(
    "rejects %j",
    (input) => {
      expect(normaliseWebsite(input)).toBeNull();
    },
  );
});
