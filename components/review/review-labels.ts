import type { Decision } from "./types";

const sources: Record<string, string> = {
  edit: "Edited",
  research: "Research",
  outline: "Outline",
  draft: "Draft",
  critique: "Quality check",
  revise: "Revision",
  seo: "SEO and format",
  image: "Image",
  finish: "Final",
  regenerate: "Regenerated",
};

/** "draft" → "Draft", "revise#2" → "Revision (round 2)", "edit" → "Edited". */
export function sourceLabel(source: string): string {
  const [base, round] = source.split("#");
  const name = sources[base ?? ""] ?? base ?? source;
  return round ? `${name} (round ${round})` : name;
}

export const decisionLabels: Record<Decision, { label: string; tone: "success" | "warning" | "danger" }> = {
  approved: { label: "Approved", tone: "success" },
  changes_requested: { label: "Changes requested", tone: "warning" },
  rejected: { label: "Rejected", tone: "danger" },
};

export const ageLabels = { today: "Less than a day", week: "1–7 days", older: "More than 7 days" } as const;

/** A person's display name: their name, else their e-mail, else "Someone". */
export function nameOf(person: { name?: string | null; email?: string | null } | null | undefined): string {
  return person?.name || person?.email || "Someone";
}
