/**
 * Reads `npm audit --json` (report version 2): the advisories behind the vulnerable packages,
 * those at or above a severity, minus the allow-list, as a readable list.
 */
import type { AllowEntry } from "./allowlist";

export const severities = ["info", "low", "moderate", "high", "critical"] as const;
export type Severity = (typeof severities)[number];

export interface Advisory {
  /** The GHSA id when the advisory links one, else npm's advisory number. */
  id: string;
  source: number;
  package: string;
  title: string;
  severity: Severity;
  range: string;
  url: string;
  /** Packages that pull it in (the vulnerable package's dependents in the report). */
  via: string[];
}

type Via = string | { source: number; name: string; title: string; url: string; severity: Severity; range: string };
type Vulnerability = { name: string; severity: Severity; via: Via[]; effects: string[] };
export type AuditReport = { auditReportVersion: 2; vulnerabilities: Record<string, Vulnerability> };
/** What npm prints instead of a report when the audit endpoint fails. */
export type AuditFailure = { message: string; statusCode?: number; code?: string };

export function isReport(value: unknown): value is AuditReport {
  return typeof value === "object" && value !== null && "vulnerabilities" in value && (value as AuditReport).auditReportVersion === 2;
}

export function ghsaOf(url: string): string | null {
  return /GHSA(-[0-9a-z]{4}){3}/i.exec(url)?.[0] ?? null;
}

/** Every advisory in the report at or above `threshold`, once each. */
export function advisoriesOf(report: AuditReport, threshold: Severity): Advisory[] {
  const min = severities.indexOf(threshold);
  const found = new Map<number, Advisory>();
  for (const vuln of Object.values(report.vulnerabilities)) {
    for (const via of vuln.via) {
      if (typeof via === "string" || severities.indexOf(via.severity) < min || found.has(via.source)) continue;
      found.set(via.source, {
        id: ghsaOf(via.url) ?? String(via.source),
        source: via.source,
        package: via.name,
        title: via.title,
        severity: via.severity,
        range: via.range,
        url: via.url,
        via: [...vuln.effects].sort(),
      });
    }
  }
  return [...found.values()].sort((a, b) => severities.indexOf(b.severity) - severities.indexOf(a.severity) || a.package.localeCompare(b.package));
}

const matches = (entry: AllowEntry, advisory: Advisory) =>
  entry.package === advisory.package && (entry.id.toUpperCase() === advisory.id.toUpperCase() || entry.id === String(advisory.source));

/** Splits the advisories into the ones the allow-list covers and the ones that fail the check. */
export function subtractAllowed(advisories: Advisory[], allow: AllowEntry[]) {
  const allowed = advisories.filter((a) => allow.some((e) => matches(e, a)));
  const failing = advisories.filter((a) => !allowed.includes(a));
  const unused = allow.filter((e) => !advisories.some((a) => matches(e, a)));
  return { allowed, failing, unused };
}

export function formatAdvisory(a: Advisory): string {
  const through = a.via.length > 0 ? `\n    pulled in by: ${a.via.slice(0, 8).join(", ")}${a.via.length > 8 ? ` and ${a.via.length - 8} more` : ""}` : "";
  return `  ${a.severity.toUpperCase()}  ${a.package} ${a.range}  ${a.id}\n    ${a.title}\n    ${a.url}${through}`;
}
