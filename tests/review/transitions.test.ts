import { describe, expect, it } from "vitest";
import { contentStatus } from "@/server/db/schema/content";
import { canTransition, contentActions, transition, transitions, type ContentStatus } from "@/server/review/transitions";

/** Every (status, action) pair: the listed ones lead to their status, all others are a CONFLICT. */
const statuses = contentStatus.enumValues as readonly ContentStatus[];
const pairs = statuses.flatMap((from) => contentActions.map((action) => [from, action] as const));
const allowed = pairs.filter(([from, action]) => (transitions[action].from as readonly string[]).includes(from));
const forbidden = pairs.filter(([from, action]) => !(transitions[action].from as readonly string[]).includes(from));

describe("content state machine", () => {
  it("has the review transitions the product needs", () => {
    expect(transition("in_review", "approve_final")).toBe("approved");
    expect(transition("in_review", "approve_and_schedule")).toBe("scheduled");
    expect(transition("in_review", "approve")).toBe("in_review");
    expect(transition("in_review", "request_changes")).toBe("changes_requested");
    expect(transition("in_review", "reject")).toBe("changes_requested");
    expect(transition("changes_requested", "regenerate")).toBe("generating");
    expect(transition("approved", "edit")).toBe("in_review");
    expect(allowed.length + forbidden.length).toBe(statuses.length * contentActions.length);
  });

  it.each(allowed)("%s --%s--> allowed", (from, action) => {
    expect(canTransition(from, action)).toBe(true);
    expect(transition(from, action)).toBe(transitions[action].to);
  });

  it.each(forbidden)("%s --%s--> CONFLICT", (from, action) => {
    expect(canTransition(from, action)).toBe(false);
    expect(() => transition(from, action)).toThrow(expect.objectContaining({ code: "CONFLICT", message: expect.stringMatching(/^You cannot .+ content that is .+\.$/) }));
  });

  it("nothing but the publish jobs leaves approved/scheduled towards publishing, and nothing reaches published without publishing", () => {
    for (const action of contentActions) {
      const t = transitions[action];
      if (t.to === "published" || t.to === "partially_published") expect(t.from).toEqual(["publishing"]);
      if (t.to === "approved" || t.to === "scheduled") expect((t.from as readonly string[]).every((s) => ["in_review", "approved", "scheduled"].includes(s))).toBe(true);
    }
  });
});
