/** The approve/publish dialogs' own check of "when" before anything is sent. */
import { describe, expect, it } from "vitest";
import { whenProblem } from "@/components/publish/when";

const pad = (n: number) => String(n).padStart(2, "0");
const localUtc = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

describe("whenProblem", () => {
  it("asks for a time, refuses a past one, accepts a future one", () => {
    expect(whenProblem({ mode: "at", local: "", zone: "UTC" }, 1)).toEqual({ field: "scheduledFor", message: "Pick a date and time" });
    expect(whenProblem({ mode: "at", local: "2020-01-01T10:00", zone: "UTC" }, 1)).toEqual({ field: "scheduledFor", message: "Pick a time in the future" });
    expect(whenProblem({ mode: "at", local: localUtc(new Date(Date.now() + 86_400_000)), zone: "UTC" }, 1)).toBeNull();
  });

  it("the queue needs a channel; now needs nothing", () => {
    expect(whenProblem({ mode: "queue", local: "", zone: "UTC" }, 0)).toMatchObject({ field: "channels" });
    expect(whenProblem({ mode: "queue", local: "", zone: "UTC" }, null)).toBeNull();
    expect(whenProblem({ mode: "now", local: "", zone: "UTC" }, 0)).toBeNull();
  });
});
